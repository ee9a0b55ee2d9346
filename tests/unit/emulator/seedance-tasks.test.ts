// @vitest-environment node
import { describe, expect, it } from "vitest";
import { call, KEY_A, KEY_B, ORIGIN, testEmulator, waitFor, type Json } from "./fixtures";

// The native Seedance task API (UPSTREAM.md §1) served by the emulator at LaoZhang's path and
// the Ark hosts' path, over the same videos, rules and renders as /v1/videos.

const SEEDANCE = `${ORIGIN}/emulator/seedance/api/v3/contents/generations/tasks`;
const ARK = `${ORIGIN}/emulator/api/v3/contents/generations/tasks`;
const idle = () => testEmulator({ timeScale: 1, videoQueueMs: 600_000 });
const img = (n: number) => ({
  type: "image_url",
  role: "reference_image",
  image_url: { url: `https://example.com/${n}.png` },
});
const clip = (n: number) => ({
  type: "video_url",
  role: "reference_video",
  video_url: { url: `https://example.com/${n}.mp4` },
});
const sound = (n: number) => ({
  type: "audio_url",
  role: "reference_audio",
  audio_url: { url: `https://example.com/${n}.mp3` },
});
const text = (value: string) => ({ type: "text", text: value });

async function native(
  env: ReturnType<typeof idle>,
  method: string,
  url: string,
  body?: unknown,
  key: string | null = KEY_A,
) {
  const response = await call(env.emulator, key).raw(url, {
    method,
    headers: body === undefined ? {} : { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const raw = await response.text();
  return { status: response.status, json: (raw ? JSON.parse(raw) : {}) as Json };
}

const errorOf = (json: Json) => json.error as { code: string; message: string; param: string | null };

describe("POST /emulator/seedance/api/v3/contents/generations/tasks", () => {
  it.each([
    ["seedance-2.0", SEEDANCE],
    ["dreamina-seedance-2-0-260128", ARK],
    ["dreamina-seedance-2-0-fast-260128", ARK],
    ["doubao-seedance-2-0-260128", SEEDANCE],
    ["doubao-seedance-2-0-fast-260128", ARK],
  ])("accepts the model id %s and answers only {id}; GET echoes the id it was sent", async (model, url) => {
    const env = idle();
    const created = await native(env, "POST", url, {
      model,
      content: [text("A kite over the sea")],
      ratio: "9:16",
    });
    expect(created.status).toBe(200);
    expect(Object.keys(created.json)).toEqual(["id"]);
    const task = await native(env, "GET", `${url}/${created.json.id as string}`);
    expect(task.json).toMatchObject({
      id: created.json.id,
      model,
      status: "queued",
      ratio: "9:16",
      content: null,
      error: null,
    });
  });

  it("refuses an unknown model with InvalidEndpoint.NotFound", async () => {
    const res = await native(idle(), "POST", ARK, { model: "gpt-video", content: [text("x")] });
    expect(res.status).toBe(404);
    expect(errorOf(res.json).code).toBe("InvalidEndpoint.NotFound");
  });

  it("refuses a first frame mixed with references, in the words the client recognises", async () => {
    const res = await native(idle(), "POST", SEEDANCE, {
      model: "seedance-2.0",
      content: [
        text("x"),
        { type: "image_url", role: "first_frame", image_url: { url: "https://example.com/f.png" } },
        img(1),
      ],
    });
    expect(res.status).toBe(400);
    expect(errorOf(res.json)).toMatchObject({ code: "InvalidParameter" });
    expect(errorOf(res.json).message).toMatch(
      /First\/last frame images cannot be combined with reference inputs/,
    );
  });

  it("requires a role on images for 1.5 Pro", async () => {
    const res = await native(idle(), "POST", ARK, {
      model: "doubao-seedance-1-5-pro-251215",
      content: [text("x"), { type: "image_url", image_url: { url: "https://example.com/f.png" } }],
    });
    expect(res.status).toBe(400);
    expect(errorOf(res.json).message).toBe("role must be specified for image contents");
  });

  it("refuses audio alone", async () => {
    const res = await native(idle(), "POST", SEEDANCE, {
      model: "seedance-2.0",
      content: [text("x"), sound(1)],
    });
    expect(res.status).toBe(400);
    expect(errorOf(res.json).message).toMatch(/Audio references need at least one image or video/);
  });

  it.each([
    ["ten images", [...Array.from({ length: 10 }, (_, i) => img(i))]],
    ["four videos", [img(0), ...Array.from({ length: 4 }, (_, i) => clip(i))]],
    ["four audios", [img(0), ...Array.from({ length: 4 }, (_, i) => sound(i))]],
    [
      "thirteen files",
      [...Array.from({ length: 9 }, (_, i) => img(i)), clip(1), clip(2), sound(1), sound(2)],
    ],
  ])("refuses %s (9 images, 3 videos, 3 audios, 12 in all)", async (_, items) => {
    const res = await native(idle(), "POST", SEEDANCE, {
      model: "seedance-2.0",
      content: [text("x"), ...items],
    });
    expect(res.status).toBe(400);
    expect(errorOf(res.json).code).toBe("InvalidParameter");
  });

  it("accepts the most a task may carry: 9 images, 3 videos", async () => {
    const items = [...Array.from({ length: 9 }, (_, i) => img(i)), clip(1), clip(2), clip(3)];
    const res = await native(idle(), "POST", SEEDANCE, {
      model: "seedance-2.0",
      content: [text("x"), ...items],
    });
    expect(res.status).toBe(200);
  });

  it("refuses base64 video and undocumented roles", async () => {
    const env = idle();
    const inline = await native(env, "POST", ARK, {
      model: "seedance-2.0",
      content: [
        text("x"),
        { type: "video_url", role: "reference_video", video_url: { url: "data:video/mp4;base64,AAAA" } },
      ],
    });
    expect(errorOf(inline.json).message).toMatch(/base64 video is not supported/);
    const role = await native(env, "POST", ARK, {
      model: "seedance-2.0",
      content: [
        text("x"),
        { type: "video_url", role: "source_video", video_url: { url: "https://example.com/a.mp4" } },
      ],
    });
    expect(errorOf(role.json)).toMatchObject({ code: "InvalidParameter", param: "content[1].role" });
  });

  it("answers a missing key with Ark's 401", async () => {
    const res = await native(idle(), "POST", ARK, { model: "seedance-2.0", content: [text("x")] }, null);
    expect(res.status).toBe(401);
    expect(errorOf(res.json).code).toBe("AuthenticationError");
  });
});

describe("GET and DELETE of a native task", () => {
  it("keeps tenants apart", async () => {
    const env = idle();
    const created = await native(env, "POST", ARK, { model: "seedance-2.0", content: [text("x")] });
    const other = await native(env, "GET", `${ARK}/${created.json.id as string}`, undefined, KEY_B);
    expect(other.status).toBe(404);
    expect(errorOf(other.json).code).toBe("ResourceNotFound");
  });

  it("cancels a queued task (§1.7) and then refuses a second cancel", async () => {
    const env = idle();
    const { json } = await native(env, "POST", SEEDANCE, { model: "seedance-2.0", content: [text("x")] });
    const url = `${SEEDANCE}/${json.id as string}`;
    expect((await native(env, "DELETE", url)).status).toBe(200);
    expect((await native(env, "GET", url)).json.status).toBe("cancelled");
    expect((await native(env, "DELETE", url)).status).toBe(409);
  });

  it("renders a real MP4: succeeded with content.video_url, served by /v1/videos/{id}/content too", async () => {
    const env = testEmulator();
    const { json } = await native(env, "POST", ARK, {
      model: "dreamina-seedance-2-0-fast-260128",
      content: [text("A paper boat")],
      duration: 4,
      resolution: "480p",
      generate_audio: false,
      return_last_frame: true,
    });
    const url = `${ARK}/${json.id as string}`;
    const done = await waitFor(
      () => native(env, "GET", url),
      (r) => r.json.status === "succeeded" || r.json.status === "failed",
      45_000,
    );
    const content = done.json.content as { video_url: string; last_frame_url: string };
    expect(done.json).toMatchObject({ status: "succeeded", duration: 4, resolution: "480p" });
    // 854 × 480 × 24 fps × 4 s / 1024 (§1.9)
    expect((done.json.usage as { total_tokens: number }).total_tokens).toBe(
      Math.round((854 * 480 * 24 * 4) / 1024),
    );
    expect(content.last_frame_url).toMatch(/^http/);
    const file = await env.emulator.fetch(new Request(content.video_url));
    expect(file.headers.get("content-type")).toMatch(/video\/mp4/);
    const viaV1 = await call(env.emulator, KEY_A).raw(`/videos/${json.id as string}/content?format=binary`);
    expect(viaV1.status).toBe(200);
    expect((await viaV1.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    // A finished task is deleted and no longer queryable.
    expect((await native(env, "DELETE", url)).status).toBe(200);
    expect((await native(env, "GET", url)).status).toBe(404);
  }, 60_000);
});
