import { appModelOf } from "@/lib/ark/presets";
import { isVideoModelId, type VideoModelId } from "@/lib/video/capabilities";
import { nativeToNormalized } from "@/lib/video/native-body";
import type { VideoRow } from "../db/videos-repo";
import { apiError } from "../http/errors";
import type { Signer } from "../http/signed-urls";
import { FPS } from "../render/tools";
import type { StoredOutput, StoredParams, StoredRequest } from "./video-record";

// The native Seedance task API (UPSTREAM.md §1.3–1.7) over the emulator's own videos: the body
// is checked for what only this dialect says (items, roles, models of every preset), then read
// as the normalized body so one set of rules (modes, counts, assets) judges both dialects.

const ITEM_TYPES = new Set(["text", "image_url", "video_url", "audio_url"]);
const ROLES = new Set(["first_frame", "last_frame", "reference_image", "reference_video", "reference_audio"]);
/** Where the model id the caller sent is kept, to echo it back as upstream does. */
export const NATIVE_MODEL_KEY = "native_model";

const invalid = (param: string, message: string) =>
  apiError(400, message, { param, code: "InvalidParameter" });

/** The app's name for any model id of the three presets, or the app's own names. */
export function nativeModel(model: unknown): VideoModelId {
  if (typeof model === "string") {
    if (isVideoModelId(model)) return model;
    const app = appModelOf(model);
    if (app) return app;
  }
  // The official hosts answer 404 InvalidEndpoint.NotFound for a model the key cannot use.
  throw apiError(
    404,
    `The model or endpoint ${String(model)} does not exist or you do not have access to it.`,
    {
      param: "model",
      code: "InvalidEndpoint.NotFound",
    },
  );
}

/** Checks the native body's own rules and returns the normalized body with the app's model. */
export function readNativeTask(body: Record<string, unknown>): Record<string, unknown> {
  if (body.model === undefined)
    throw apiError(400, "The parameter `model` is required.", { code: "MissingParameter", param: "model" });
  const model = nativeModel(body.model);
  if (!Array.isArray(body.content) || body.content.length === 0) {
    throw apiError(400, "The parameter `content` is required.", {
      code: "MissingParameter",
      param: "content",
    });
  }
  for (const [index, raw] of (body.content as unknown[]).entries()) {
    const param = `content[${index}]`;
    if (!raw || typeof raw !== "object") throw invalid(param, `${param} must be an object`);
    const item = raw as Record<string, unknown>;
    const type = String(item.type);
    if (!ITEM_TYPES.has(type)) throw invalid(`${param}.type`, `Unknown content type ${type}`);
    if (type === "text") continue;
    const role = item.role;
    if (role !== undefined && (typeof role !== "string" || !ROLES.has(role))) {
      throw invalid(`${param}.role`, `Invalid role ${String(role)}; use one of ${[...ROLES].join(", ")}`);
    }
    // 1.5 Pro refuses image items without a role (UPSTREAM.md §1.3).
    if (type === "image_url" && role === undefined && model === "seedance-1.5-pro") {
      throw invalid(`${param}.role`, "role must be specified for image contents");
    }
    const media = item[type] as { url?: unknown } | undefined;
    const url = typeof media?.url === "string" ? media.url : "";
    // Images and audio may be inline; video must be a URL (base64 video is refused upstream).
    if (type === "video_url" && url.startsWith("data:")) {
      throw invalid(
        `${param}.video_url.url`,
        "video_url must be an http(s) URL or asset://; base64 video is not supported",
      );
    }
  }
  const normalized = nativeToNormalized(body);
  return { ...normalized, model, metadata: { [NATIVE_MODEL_KEY]: body.model } };
}

/** queued|running|succeeded|failed|cancelled (§1.6) from the emulator's own statuses. */
const NATIVE_STATUS: Record<string, string> = {
  queued: "queued",
  in_progress: "running",
  completed: "succeeded",
  failed: "failed",
  cancelled: "cancelled",
};

/** Billing's estimate (UPSTREAM.md §1.9): width × height × fps × seconds / 1024. */
function tokensOf(row: VideoRow, params: StoredParams): number {
  const output = row.output_json ? (JSON.parse(row.output_json) as StoredOutput) : null;
  return output ? Math.round((output.width * output.height * FPS * params.duration) / 1024) : 0;
}

/** The GET answer: the task object of §1.6 (`content` only once it succeeded). */
export function nativeTaskObject(row: VideoRow, signer: Signer, origin: string) {
  const params = JSON.parse(row.params_json) as StoredParams;
  const request = JSON.parse(row.request_json) as StoredRequest;
  const succeeded = row.status === "completed";
  const model = request.metadata?.[NATIVE_MODEL_KEY];
  return {
    id: row.video_id,
    model: typeof model === "string" ? model : row.model,
    status: NATIVE_STATUS[row.status] ?? row.status,
    error:
      row.status === "failed"
        ? { code: row.error_code ?? "InternalServiceError", message: row.error_message ?? "The task failed" }
        : null,
    created_at: Math.floor(row.created_at / 1000),
    updated_at: Math.floor(row.updated_at / 1000),
    content: succeeded
      ? {
          video_url: signer.sign(origin, { bucket: "videos", name: `${row.video_id}.mp4` }),
          ...(params.return_last_frame
            ? { last_frame_url: signer.sign(origin, { bucket: "frames", name: `${row.video_id}.png` }) }
            : {}),
        }
      : null,
    seed: params.seed,
    resolution: params.resolution,
    ratio: params.aspect_ratio,
    duration: params.duration,
    framespersecond: FPS,
    generate_audio: params.generate_audio,
    usage: succeeded
      ? { completion_tokens: tokensOf(row, params), total_tokens: tokensOf(row, params) }
      : null,
  };
}
