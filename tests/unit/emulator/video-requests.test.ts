// @vitest-environment node
import { describe, expect, it } from "vitest";
import { activePortraitAsset, call, createGroup, KEY_A, KEY_B, testEmulator, type Json } from "./fixtures";
import { dataUrl, makeImage } from "./media";

// Tasks stay queued for ten minutes here: these tests are about validation, not rendering.
const idle = () => testEmulator({ timeScale: 1, videoQueueMs: 600_000 });
const first = (url: string) => [{ type: "image_url", frame_type: "first_frame", image_url: { url } }];
const refs = (n: number, type = "image_url") =>
  Array.from({ length: n }, () => ({ type, [type]: { url: `https://example.com/${type}.bin` } }));

describe("POST /v1/videos validation", () => {
  it("refuses an unknown model with model_not_found", async () => {
    const env = idle();
    const res = await call(env.emulator, KEY_A).post("/videos", { model: "sora-9", prompt: "x" });
    expect(res.status).toBe(404);
    expect(res.json).toEqual({
      error: {
        message: "The requested model does not exist",
        type: "model_not_found",
        param: "model",
        code: "model_not_found",
      },
    });
  });

  it("refuses a string duration with InvalidParameter on duration", async () => {
    const env = idle();
    const res = await call(env.emulator, KEY_A).post("/videos", {
      model: "seedance-2.0",
      prompt: "x",
      duration: "5",
    });
    expect(res.status).toBe(400);
    expect(res.json.error).toMatchObject({
      type: "invalid_request_error",
      param: "duration",
      code: "InvalidParameter",
    });
    expect((res.json.error as Json).message).toMatch(/^InvalidParameter on duration/);
  });

  it("answers malformed bodies, wrong types and content types with the OpenAI error shape", async () => {
    const env = idle();
    const api = call(env.emulator, KEY_A);
    const bad = async (init: RequestInit) => {
      const res = await api.raw("/videos", { method: "POST", ...init });
      return { status: res.status, body: (await res.json()) as Json };
    };
    const malformed = await bad({ headers: { "Content-Type": "application/json" }, body: '{"model":' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error).toMatchObject({ type: "invalid_request_error", code: "invalid_json" });
    expect((await bad({ headers: { "Content-Type": "application/json" }, body: "[1,2]" })).status).toBe(400);
    expect((await bad({ headers: { "Content-Type": "application/xml" }, body: "<x/>" })).status).toBe(415);
    const wrong = [
      [{ prompt: "x" }, "model"],
      [{ model: "seedance-2.0" }, "prompt"],
      [{ model: "seedance-2.0", prompt: 5 }, "prompt"],
      [{ model: "seedance-2.0", prompt: "x", generate_audio: "yes" }, "generate_audio"],
      [{ model: "seedance-2.0", prompt: "x", duration: 5.5 }, "duration"],
      [{ model: "seedance-2.0", prompt: "x", callback_url: "ftp://x" }, "callback_url"],
      [{ model: "seedance-2.0", prompt: "x", frame_images: "nope" }, "frame_images"],
      [{ model: "seedance-2.0", prompt: "x", size: "big" }, "size"],
      [{ model: "seedance-2.0", prompt: "" }, "prompt"],
    ] as const;
    for (const [body, param] of wrong) {
      const res = await api.post("/videos", body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect((res.json.error as Json).param).toBe(param);
    }
  });

  const limits: [string, Record<string, unknown>, RegExp][] = [
    [
      "1080p on seedance-2.0-fast",
      { model: "seedance-2.0-fast", resolution: "1080p" },
      /supports resolutions 480p, 720p/,
    ],
    ["3 seconds", { model: "seedance-2.0", duration: 3 }, /4-15 seconds/],
    ["16 seconds", { model: "seedance-2.0", duration: 16 }, /4-15 seconds/],
    ["13 seconds on seedance-1.5-pro", { model: "seedance-1.5-pro", duration: 13 }, /4-12 seconds/],
    ["aspect ratio 9:21", { model: "seedance-2.0", aspect_ratio: "9:21" }, /aspect ratios/],
    [
      "reference images on seedance-1.5-pro",
      { model: "seedance-1.5-pro", input_references: refs(1) },
      /does not support Reference images/,
    ],
    [
      "10 reference images",
      { model: "seedance-2.0", input_references: refs(10) },
      /at most 9 reference images/,
    ],
    [
      "4 reference videos",
      { model: "seedance-2.0", input_references: refs(4, "video_url") },
      /at most 3 reference videos/,
    ],
    [
      "4 reference audio files",
      { model: "seedance-2.0", input_references: [...refs(1), ...refs(4, "audio_url")] },
      /at most 3 reference audio/,
    ],
    [
      "13 references in total",
      {
        model: "seedance-2.0",
        input_references: [...refs(9), ...refs(3, "video_url"), ...refs(1, "audio_url")],
      },
      /at most 12 references in total/,
    ],
    [
      "frames mixed with references",
      { model: "seedance-2.0", frame_images: first("https://x/a.png"), input_references: refs(1) },
      /cannot be combined/,
    ],
    [
      "a last frame alone",
      {
        model: "seedance-2.0",
        frame_images: [{ frame_type: "last_frame", image_url: { url: "https://x/a.png" } }],
      },
      /needs a first_frame/,
    ],
    [
      "an ftp URL",
      { model: "seedance-2.0", frame_images: first("ftp://x/a.png") },
      /must be an https:\/\/ URL/,
    ],
  ];
  it.each(limits)("enforces model limits: refuses %s", async (_name, body, message) => {
    const env = idle();
    const res = await call(env.emulator, KEY_A).post("/videos", { prompt: "x", ...body });
    expect(res.status).toBe(400);
    expect((res.json.error as Json).message).toMatch(message);
  });

  it("accepts what each model allows and fills defaults", async () => {
    const env = idle();
    const api = call(env.emulator, KEY_A);
    const fast = await api.post("/videos", { model: "seedance-2.0-fast", prompt: "x" });
    expect(fast.status).toBe(200);
    expect(fast.json).toMatchObject({
      object: "video",
      status: "queued",
      model: "seedance-2.0-fast",
      mode: "text_to_video",
      progress: 0,
      seconds: "5",
    });
    expect(fast.json.parameters).toMatchObject({
      duration: 5,
      resolution: "720p",
      aspect_ratio: "adaptive",
      generate_audio: true,
      watermark: false,
    });
    expect(fast.json.id).toMatch(/^vid_[0-9a-f]{24}$/);
    const pro = await api.post("/videos", {
      model: "seedance-1.5-pro",
      prompt: "x",
      duration: 12,
      resolution: "1080p",
      aspect_ratio: "21:9",
      seed: 7,
    });
    expect(pro.json).toMatchObject({ size: "2520x1080", parameters: { seed: 7, duration: 12 } });
    const refs9 = await api.post("/videos", {
      model: "seedance-2.0",
      prompt: "x",
      input_references: refs(9),
    });
    expect(refs9.json.mode).toBe("reference_images");
  });

  it("echoes inputs, metadata and request_id so a task can be re-run", async () => {
    const env = idle();
    const image = dataUrl(await makeImage());
    const res = await call(env.emulator, KEY_A).post("/videos", {
      model: "seedance-2.0",
      prompt: "x",
      frame_images: first(image),
      metadata: { project: "demo" },
      request_id: "order-001",
    });
    expect(res.json).toMatchObject({
      metadata: { project: "demo" },
      request_id: "order-001",
      mode: "first_frame",
    });
    const url = ((res.json.frame_images as Json[])[0]!.image_url as Json).url as string;
    // The inline image is stored and echoed as a signed link the emulator resolves locally.
    expect(url).toMatch(
      /^http:\/\/emulator\.test\/emulator\/files\/inputs\/vid_[0-9a-f]{24}-0\.png\?exp=\d+&sig=/,
    );
    const rerun = await call(env.emulator, KEY_A).post("/videos", {
      model: "seedance-2.0",
      prompt: "x",
      frame_images: res.json.frame_images,
    });
    expect(rerun.status).toBe(200);
    const tampered = await call(env.emulator, KEY_A).post("/videos", {
      model: "seedance-2.0",
      prompt: "x",
      // One character of the signature changed (to another one: a signature may start with "0").
      frame_images: first(url.replace(/sig=(.)/, (_, c: string) => `sig=${c === "0" ? "1" : "0"}`)),
    });
    expect(tampered.status).toBe(400);
    expect((tampered.json.error as Json).message).toMatch(/invalid or has expired/);
  });

  it("checks data: URLs: media type, size limits and dimensions", async () => {
    const env = idle();
    const api = call(env.emulator, KEY_A);
    const tiny = await api.post("/videos", {
      model: "seedance-2.0",
      prompt: "x",
      frame_images: first(dataUrl(await makeImage({ width: 100, height: 100 }))),
    });
    expect((tiny.json.error as Json).message).toMatch(/each side must be at least 300 px/);
    const notImage = await api.post("/videos", {
      model: "seedance-2.0",
      prompt: "x",
      frame_images: first(`data:image/png;base64,${Buffer.from("hello world").toString("base64")}`),
    });
    expect((notImage.json.error as Json).message).toMatch(/supported image/);
    const garbage = await api.post("/videos", {
      model: "seedance-2.0",
      prompt: "x",
      frame_images: first("data:nonsense"),
    });
    expect(garbage.status).toBe(400);
  });
});

describe("asset:// references", () => {
  it("refuses Virtual Portrait assets on seedance-1.5-pro", async () => {
    const env = testEmulator({ videoQueueMs: 600_000, timeScale: 1, assetProcessingMs: 0 });
    const { assetId } = await activePortraitAsset(env.emulator, KEY_A);
    const res = await call(env.emulator, KEY_A).post("/videos", {
      model: "seedance-1.5-pro",
      prompt: "x",
      frame_images: first(`asset://${assetId}`),
    });
    expect(res.status).toBe(400);
    expect((res.json.error as Json).message).toContain(
      "Virtual Portrait assets work only with seedance-2.0 and seedance-2.0-fast",
    );
    const ok = await call(env.emulator, KEY_A).post("/videos", {
      model: "seedance-2.0-fast",
      prompt: "x",
      frame_images: first(`asset://${assetId}`),
    });
    expect(ok.status).toBe(200);
  });

  it("refuses generic ua_ uploads as references", async () => {
    const env = testEmulator({ videoQueueMs: 600_000, timeScale: 1, assetProcessingMs: 0 });
    const api = call(env.emulator, KEY_A);
    const ua = ((await api.upload({}, { bytes: await makeImage() })).json.data as Json).assetId as string;
    const res = await api.post("/videos", {
      model: "seedance-2.0",
      prompt: "x",
      input_references: [{ type: "image_url", image_url: { url: `asset://${ua}` } }],
    });
    expect(res.status).toBe(400);
    expect((res.json.error as Json).message).toContain("Invalid or unauthorized asset references");
    expect((res.json.error as Json).param).toBe("input_references[0].image_url.url");
  });

  it("refuses other tenants', unknown, malformed and processing assets, naming the id", async () => {
    const env = testEmulator({ videoQueueMs: 600_000, timeScale: 1, assetProcessingMs: 0 });
    const { assetId: theirs } = await activePortraitAsset(env.emulator, KEY_B);
    const api = call(env.emulator, KEY_A);
    const check = async (url: string, expected: string) => {
      const res = await api.post("/videos", { model: "seedance-2.0", prompt: "x", frame_images: first(url) });
      expect(res.status).toBe(400);
      expect((res.json.error as Json).message).toContain("Asset validation failed");
      expect((res.json.error as Json).message).toContain(expected);
    };
    await check(`asset://${theirs}`, theirs);
    await check(`asset://ta_${"0".repeat(32)}`, `ta_${"0".repeat(32)}`);
    await check("asset://ta_nothex", "ta_nothex");
    await env.restart({ assetProcessingMs: 600_000 });
    const groupId = await createGroup(env.emulator, KEY_A, "G");
    const processing = (
      (await call(env.emulator, KEY_A).upload({ groupId }, { bytes: await makeImage() })).json.data as Json
    ).assetId as string;
    const res = await call(env.emulator, KEY_A).post("/videos", {
      model: "seedance-2.0",
      prompt: "x",
      frame_images: first(`asset://${processing}`),
    });
    expect((res.json.error as Json).message).toBe(
      `Asset validation failed: asset ${processing} is processing; only active assets can be used`,
    );
  });
});
