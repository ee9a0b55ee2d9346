import { Hono } from "hono";
import { MODEL_CAPABILITIES, VIDEO_MODEL_IDS } from "@/lib/video/capabilities";
import type { AppEnv } from "../http/app-env";
import { pageQuery } from "../http/query";

// The public catalogue (API.md §2.4) and the OpenAI-style authenticated list. A chat and an
// image model are included so clients exercise their VIDEO_GENERATION filter, and one entry
// uses the space-separated `supported_parameters` form seen in the wild.

const VIDEO_PARAMETERS = [
  "prompt",
  "duration",
  "resolution",
  "aspect_ratio",
  "generate_audio",
  "seed",
  "watermark",
  "return_last_frame",
  "frame_images",
  "callback_url",
  "metadata",
];

export const CATALOGUE = [
  ...VIDEO_MODEL_IDS.map((id) => ({
    name: id,
    modelType: "VIDEO_GENERATION",
    provider: "BytePlus",
    description: MODEL_CAPABILITIES[id].description,
    supported_parameters:
      MODEL_CAPABILITIES[id].references.total > 0
        ? [...VIDEO_PARAMETERS, "input_references"]
        : VIDEO_PARAMETERS,
  })),
  {
    name: "seedream-4.5",
    modelType: "IMAGE_GENERATION",
    provider: "BytePlus",
    description: "Image generation.",
    supported_parameters: "prompt size seed watermark",
  },
  {
    name: "glm-5.1",
    modelType: "CHAT",
    provider: "Zhipu",
    description: "Chat model.",
    supported_parameters: ["messages", "temperature", "max_tokens"],
  },
];

export function publicModelRoutes() {
  const app = new Hono<AppEnv>();
  // GET /emulator/public/models?size&current - no auth, console-style page of `data.list`
  app.get("/models", (c) => {
    const page = pageQuery(new URL(c.req.url), 200, 500);
    const list = CATALOGUE.slice(page.offset, page.offset + page.size);
    return Response.json({
      code: 0,
      msg: "OK",
      data: { list, total: CATALOGUE.length, current: page.current, size: page.size },
    });
  });
  return app;
}

/** GET /v1/models - the OpenAI-compatible list (its existence upstream is inferred, API.md §2.4). */
export const openAiModelList = () => ({
  object: "list",
  data: CATALOGUE.map((model) => ({
    id: model.name,
    object: "model",
    created: 1767225600,
    owned_by: "token360",
  })),
});
