// @vitest-environment node
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, KEY_A, startEmulator, type TestEmulator } from "./fixtures";

// Whatever a client sends, the emulator answers 2xx or 4xx in the documented shape - never 500.
let env: TestEmulator;
beforeAll(() => {
  env = startEmulator({ timeScale: 1, videoQueueMs: 3_600_000 });
});
afterAll(async () => env?.dispose());

const VIDEO_KEYS = [
  "model",
  "prompt",
  "duration",
  "seconds",
  "size",
  "resolution",
  "aspect_ratio",
  "generate_audio",
  "seed",
  "callback_url",
  "metadata",
  "frame_images",
  "input_references",
  "execution_expires_after",
];
const value = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.constantFrom(
    "seedance-2.0",
    "seedance-1.5-pro",
    "asset://ta_x",
    "asset://ua_x",
    "data:image/png;base64,AAAA",
    "5",
  ),
  fc.array(
    fc.record(
      {
        type: fc.string(),
        role: fc.string(),
        frame_type: fc.string(),
        image_url: fc.anything({ maxDepth: 2 }),
      },
      { requiredKeys: [] },
    ),
    { maxLength: 3 },
  ),
);
const body = fc.dictionary(fc.constantFrom(...VIDEO_KEYS), value, { maxKeys: 8 });

function expectDocumentedShape(status: number, json: Record<string, unknown>) {
  expect(status).toBeLessThan(500);
  if (status >= 400) expect(json).toHaveProperty("error");
}

describe("bad input never becomes a 500", () => {
  it("POST /v1/videos with arbitrary bodies", async () => {
    const api = call(env.emulator, KEY_A);
    await fc.assert(
      fc.asyncProperty(body, async (payload) => {
        const res = await api.post("/videos", { model: "seedance-2.0", prompt: "p", ...payload });
        expectDocumentedShape(res.status, res.json);
      }),
      { numRuns: 150 },
    );
  });

  it("asset-group and asset routes with arbitrary bodies and queries", async () => {
    const api = call(env.emulator, KEY_A);
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom("name", "groupKind", "kind", "status"), fc.anything({ maxDepth: 2 })),
        fc.dictionary(
          fc.constantFrom("current", "size", "keyword", "groupKind", "status", "mediaType", "groupId"),
          fc.string({ maxLength: 12 }),
        ),
        async (payload, query) => {
          const created = await api.post("/asset-groups", payload);
          expect(created.status).toBeLessThan(500);
          if (created.status >= 400) expect(created.json).toMatchObject({ data: null });
          const qs = new URLSearchParams(query).toString();
          for (const path of [`/asset-groups?${qs}`, `/assets?${qs}`, `/videos?limit=${query.size ?? ""}`]) {
            expect((await api.get(path)).status).toBeLessThan(500);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
