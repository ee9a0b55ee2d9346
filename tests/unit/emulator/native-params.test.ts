// @vitest-environment node
import { describe, expect, it } from "vitest";
import { activePortraitAsset, call, KEY_A, testEmulator, type Json } from "./fixtures";

// Token360's native-params mode (API.md §2.5): the Seedance task body behind a header.
const idle = () => testEmulator({ timeScale: 1, videoQueueMs: 600_000 });
const NATIVE = { "Token360-Native-Params": "true", "Content-Type": "application/json" };

async function postNative(env: ReturnType<typeof idle>, body: string, header = "true") {
  const response = await call(env.emulator, KEY_A).raw("/videos", {
    method: "POST",
    headers: { ...NATIVE, "Token360-Native-Params": header },
    body,
  });
  return { status: response.status, json: (await response.json()) as Json };
}

describe("POST /v1/videos with Token360-Native-Params", () => {
  it.each(["true", "1", "YES", "On"])(
    "takes a native content[] body when the header says %s",
    async (header) => {
      const env = idle();
      const { assetId } = await activePortraitAsset(env.emulator, KEY_A);
      const body = {
        model: "seedance-2.0",
        content: [
          { type: "text", text: "Extend <Video 1>, the camera rises" },
          { type: "video_url", role: "reference_video", video_url: { url: "https://example.com/clip.mp4" } },
          { type: "image_url", role: "reference_image", image_url: { url: `asset://${assetId}` } },
        ],
        ratio: "16:9",
        duration: 5,
        resolution: "480p",
      };
      const res = await postNative(env, JSON.stringify(body), header);
      expect(res.status).toBe(200);
      expect(res.json).toMatchObject({
        object: "video",
        status: "queued",
        model: "seedance-2.0",
        mode: "extend_video",
        prompt: "Extend <Video 1>, the camera rises",
      });
    },
  );

  it("reads first and last frame roles as frame images", async () => {
    const env = idle();
    const url = "https://example.com/f.png";
    const res = await postNative(
      env,
      JSON.stringify({
        model: "seedance-1.5-pro",
        content: [
          { type: "text", text: "a door opens" },
          { type: "image_url", role: "first_frame", image_url: { url } },
          { type: "image_url", role: "last_frame", image_url: { url } },
        ],
      }),
    );
    expect(res.status).toBe(200);
    expect(res.json.mode).toBe("first_last_frame");
  });

  it.each([
    ["an empty object", "{}"],
    ["an array", "[1]"],
    ["no body", ""],
    ["malformed JSON", "{"],
  ])("refuses %s with the documented message", async (_name, body) => {
    const res = await postNative(idle(), body);
    expect(res.status).toBe(400);
    expect((res.json.error as Json).message).toBe(
      "JSON object body is required when Token360-Native-Params is enabled",
    );
  });

  it("refuses a string duration and an unknown asset id as in normalized mode", async () => {
    const env = idle();
    const duration = await postNative(
      env,
      JSON.stringify({ model: "seedance-2.0", content: [{ type: "text", text: "x" }], duration: "5" }),
    );
    expect(duration.status).toBe(400);
    expect((duration.json.error as Json).message).toMatch(/^InvalidParameter on duration/);
    const asset = await postNative(
      env,
      JSON.stringify({
        model: "seedance-2.0",
        content: [
          { type: "text", text: "x" },
          { type: "image_url", role: "reference_image", image_url: { url: `asset://ta_${"0".repeat(32)}` } },
        ],
      }),
    );
    expect(asset.status).toBe(400);
    expect((asset.json.error as Json).message).toMatch(/Asset validation failed/);
  });

  it("leaves the normalized body alone without the header", async () => {
    const env = idle();
    const res = await call(env.emulator, KEY_A).post("/videos", {
      model: "seedance-2.0",
      content: [{ type: "text", text: "x" }],
    });
    expect(res.status).toBe(400);
    expect((res.json.error as Json).param).toBe("prompt");
  });
});
