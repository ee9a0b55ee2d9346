// @vitest-environment node
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { CreateAssetInput } from "@/lib/token360/create-asset";

// handleUpload against a stubbed upstream: what is refused before anything is forwarded,
// and that what is forwarded is the exact bytes.

const TA = "ta_0123456789abcdef0123456789abcdef";
let dataDir: string;
let received: { input: CreateAssetInput; bytes: Buffer } | null;
const upstream = {
  createAsset: vi.fn(async (input: CreateAssetInput) => {
    const chunks: Buffer[] = [];
    for await (const chunk of input.bytes) chunks.push(Buffer.from(chunk));
    received = { input, bytes: Buffer.concat(chunks) };
    return { assetId: TA, name: input.name ?? "", status: "processing" };
  }),
  getAssetGroup: vi.fn(async (id: string) => ({ id, kind: "VIRTUAL_PORTRAIT", status: "active" })),
};

async function loadHandler() {
  vi.resetModules();
  vi.stubEnv("DATA_DIR", dataDir);
  vi.stubEnv("UPLOAD_MAX_BYTES", String(2 * 1024 * 1024));
  vi.doMock("@/lib/token360", () => upstream);
  return (await import("@/lib/api/upload/handle-upload")).handleUpload;
}

const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: "#cc3366" } })
    .png()
    .toBuffer();
const blob = (bytes: Buffer) => new Blob([new Uint8Array(bytes)]);

function form(parts: [string, string | Blob, string?][]): Request {
  const body = new FormData();
  for (const [name, value, filename] of parts) {
    if (typeof value === "string") body.append(name, value);
    else body.append(name, value, filename);
  }
  return new Request("http://studio.test/api/assets", { method: "POST", body });
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "ps-upload-"));
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
  vi.unstubAllEnvs();
});
beforeEach(() => {
  received = null;
  upstream.createAsset.mockClear();
});

describe("handleUpload", () => {
  it("forwards the exact bytes with the fields, keeps a thumbnail and cleans its temp file", async () => {
    const handleUpload = await loadHandler();
    const bytes = await png(800, 600);
    const asset = await handleUpload(
      form([
        ["name", "Hero"],
        ["groupId", "grp_1"],
        ["file", blob(bytes), "hero.png"],
      ]),
    );
    expect(asset).toMatchObject({ assetId: TA });
    expect(received?.bytes.equals(bytes)).toBe(true);
    expect(received?.input).toMatchObject({
      name: "Hero",
      groupId: "grp_1",
      mimeType: "image/png",
      filename: "hero.png",
    });
    expect(received?.input.retentionDays).toBeUndefined();
    // The thumbnail is made after the answer; the temp file goes once it is done.
    await vi.waitFor(
      async () => expect(await readdir(path.join(dataDir, "thumbnails"))).toContain(`${TA}.webp`),
      {
        timeout: 10_000,
      },
    );
    await vi.waitFor(async () => expect(await readdir(path.join(dataDir, "bff", "tmp"))).toEqual([]));
  });

  it("still works when the file comes before the fields", async () => {
    const handleUpload = await loadHandler();
    upstream.getAssetGroup.mockResolvedValueOnce({ id: "grp_2", kind: "GENERIC", status: "active" });
    const bytes = await png(500, 500);
    await handleUpload(
      form([
        ["file", blob(bytes), "a.png"],
        ["groupId", "grp_2"],
        ["retention", "7"],
      ]),
    );
    expect(received?.bytes.equals(bytes)).toBe(true);
    expect(received?.input).toMatchObject({ groupId: "grp_2", retentionDays: 7 });
  });

  it("refuses a file that is not an image before forwarding anything", async () => {
    const handleUpload = await loadHandler();
    const fake = new Blob(["<html>not an image</html>".repeat(10)], { type: "image/png" });
    expect(
      await failure(
        handleUpload(
          form([
            ["groupId", "grp_1"],
            ["file", fake, "x.png"],
          ]),
        ),
      ),
    ).toMatchObject({
      status: 415,
      code: "unsupported_media_type",
    });
    expect(upstream.createAsset).not.toHaveBeenCalled();
  });

  it("refuses an image below the minimum side, naming the limit", async () => {
    const handleUpload = await loadHandler();
    const error = await failure(
      handleUpload(
        form([
          ["groupId", "grp_1"],
          ["file", blob(await png(200, 400)), "s.png"],
        ]),
      ),
    );
    expect(error).toMatchObject({
      status: 400,
      message: "The image is 200 × 400 px; each side must be at least 300 px.",
    });
    expect(upstream.createAsset).not.toHaveBeenCalled();
  });

  it("refuses a file over the size cap with a 413", async () => {
    const handleUpload = await loadHandler();
    // A valid PNG header followed by 3 MB of padding (the cap is 2 MB here).
    const big = Buffer.concat([await png(400, 400), Buffer.alloc(3 * 1024 * 1024, 7)]);
    const request = form([
      ["groupId", "grp_1"],
      ["file", blob(big), "big.png"],
    ]);
    expect(await failure(handleUpload(request))).toMatchObject({ status: 413, code: "payload_too_large" });
    await vi.waitFor(async () => expect(await readdir(path.join(dataDir, "bff", "tmp"))).toEqual([]));
  });

  it("refuses a retention on a portrait group", async () => {
    const handleUpload = await loadHandler();
    const request = form([
      ["groupId", "grp_1"],
      ["retention", "7"],
      ["file", blob(await png(400, 400)), "a.png"],
    ]);
    expect(await failure(handleUpload(request))).toMatchObject({
      status: 400,
      message: expect.stringMatching(/No fixed expiry/),
    });
  });

  it("refuses a group that is not active yet", async () => {
    const handleUpload = await loadHandler();
    upstream.getAssetGroup.mockResolvedValueOnce({
      id: "rf",
      kind: "REAL_FACE",
      status: "pending_validation",
    });
    const request = form([
      ["groupId", "rf"],
      ["file", blob(await png(400, 400)), "a.png"],
    ]);
    expect(await failure(handleUpload(request))).toMatchObject({
      status: 409,
      code: "asset_group_not_active",
    });
  });

  it("refuses unknown fields, a missing file and a non-multipart body", async () => {
    const handleUpload = await loadHandler();
    expect(
      await failure(
        handleUpload(
          form([
            ["groupId", "grp_1"],
            ["admin", "1"],
            ["file", blob(await png(400, 400)), "a.png"],
          ]),
        ),
      ),
    ).toMatchObject({ status: 400 });
    expect(await failure(handleUpload(form([["groupId", "grp_1"]])))).toMatchObject({ status: 400 });
    const json = new Request("http://studio.test/api/assets", {
      method: "POST",
      body: "{}",
      headers: { "content-type": "application/json" },
    });
    expect(await failure(handleUpload(json))).toMatchObject({ status: 415 });
  });

  it("forwards a WAV into the generic library with its retention, and keeps no thumbnail of it", async () => {
    const handleUpload = await loadHandler();
    await rm(path.join(dataDir, "thumbnails", `${TA}.webp`), { force: true });
    const wav = Buffer.alloc(44 + 32_000);
    wav.write("RIFF", 0, "ascii");
    wav.write("WAVE", 8, "ascii");
    await handleUpload(
      form([
        ["retention", "1"],
        ["name", "voice"],
        ["file", blob(wav), "voice.wav"],
      ]),
    );
    expect(received?.input).toMatchObject({ mimeType: "audio/wav", filename: "voice.wav", retentionDays: 1 });
    expect(received?.bytes.equals(wav)).toBe(true);
    expect(await readdir(path.join(dataDir, "thumbnails")).catch(() => [])).not.toContain(`${TA}.webp`);
  });

  it("refuses a video into a portrait group before forwarding it", async () => {
    const handleUpload = await loadHandler();
    const mp4 = Buffer.alloc(4096);
    mp4.write("ftypisom", 4, "ascii");
    const error = await failure(
      handleUpload(
        form([
          ["groupId", "grp_1"],
          ["file", blob(mp4), "clip.mp4"],
        ]),
      ),
    );
    expect(error).toMatchObject({ status: 400, message: expect.stringMatching(/images only/) });
    expect(upstream.createAsset).not.toHaveBeenCalled();
  });
});
