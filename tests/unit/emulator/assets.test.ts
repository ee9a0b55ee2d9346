// @vitest-environment node
import { describe, expect, it } from "vitest";
import {
  activePortraitAsset,
  API,
  call,
  createGroup,
  filesIn,
  KEY_A,
  KEY_B,
  testEmulator,
  waitFor,
  type Json,
} from "./fixtures";
import { makeImage } from "./media";

describe("asset uploads", () => {
  it("uploads into a portrait group as ta_, processing then active, with file and thumbnail URLs", async () => {
    const env = testEmulator();
    const api = call(env.emulator, KEY_A);
    const groupId = await createGroup(env.emulator, KEY_A);
    const res = await api.upload(
      { groupId, name: "Hero front" },
      { bytes: await makeImage({ width: 800, height: 1200 }), name: "front.png" },
    );
    expect(res.status).toBe(200);
    const asset = res.json.data as Json;
    expect(asset).toMatchObject({
      assetGroupId: groupId,
      groupName: "Hero",
      mediaType: "image",
      assetKind: "VIRTUAL_PORTRAIT",
      status: "processing",
      name: "Hero front",
      mimeType: "image/png",
      fileType: "png",
      width: 800,
      height: 1200,
      aspectRatio: "2:3",
      expiresAt: null,
      failureReason: null,
    });
    expect(asset.assetId).toMatch(/^ta_[0-9a-f]{32}$/);
    expect(asset.token360AssetId).toBe(asset.assetId);
    expect(Number.isInteger(asset.id)).toBe(true);
    const active = await waitFor(
      () => api.get(`/assets/${asset.assetId as string}`),
      (r) => (r.json.data as Json).status === "active",
    );
    expect((active.json.data as Json).status).toBe("active");
    const file = await env.emulator.fetch(new Request(asset.url as string));
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("image/png");
    const thumb = await env.emulator.fetch(new Request(asset.thumbnailUrl as string));
    expect(thumb.headers.get("content-type")).toBe("image/webp");
    const bytes = await api.raw(`/assets/${asset.assetId as string}/content`);
    expect(bytes.status).toBe(200);
    expect((await bytes.arrayBuffer()).byteLength).toBe(asset.sizeBytes);
    expect((await api.raw(`/assets/${asset.assetId as string}/thumbnail`)).headers.get("content-type")).toBe(
      "image/webp",
    );
  });

  it("sends uploads without a group to the generic library as ua_ with retention", async () => {
    const start = Date.parse("2026-01-01T00:00:00Z");
    let now = start;
    const env = testEmulator({ now: () => now });
    const api = call(env.emulator, KEY_A);
    const res = await api.upload(
      { retentionDays: "1", displayName: "Loose" },
      { bytes: await makeImage({ format: "jpeg" }), type: "application/pdf" },
    );
    const asset = res.json.data as Json;
    expect(asset.assetId).toMatch(/^ua_[0-9a-f]{32}$/);
    expect(asset).toMatchObject({
      name: "Loose",
      assetKind: "GENERIC",
      mimeType: "image/jpeg",
      assetGroupId: null,
      retentionDays: 1,
    });
    expect(Date.parse(asset.expiresAt as string)).toBe(start + 86_400_000);
    now += 86_400_000;
    expect(((await api.get(`/assets/${asset.assetId as string}`)).json.data as Json).status).toBe("expired");
    expect((await api.raw(`/assets/${asset.assetId as string}/content`)).status).toBe(410);
    expect(((await api.get("/assets?status=expired")).json.data as Json).total).toBe(1);
    expect((await api.upload({ retentionDays: "5" }, { bytes: await makeImage() })).status).toBe(400);
  });

  it("fails the next N uploads with a reason when told to", async () => {
    const env = testEmulator({ failNextUploads: 1 });
    const api = call(env.emulator, KEY_A);
    const groupId = await createGroup(env.emulator, KEY_A);
    const first = (await api.upload({ groupId }, { bytes: await makeImage() })).json.data as Json;
    const second = (await api.upload({ groupId }, { bytes: await makeImage() })).json.data as Json;
    const failed = await waitFor(
      () => api.get(`/assets/${first.assetId as string}`),
      (r) => (r.json.data as Json).status !== "processing",
    );
    expect(failed.json.data).toMatchObject({ status: "failed" });
    expect((failed.json.data as Json).failureReason).toMatch(/simulated/);
    await waitFor(
      () => api.get(`/assets/${second.assetId as string}`),
      (r) => (r.json.data as Json).status === "active",
    );
  });

  it("answers 404 for an unknown group and 409 for a group that is not active", async () => {
    const env = testEmulator();
    const api = call(env.emulator, KEY_A);
    const unknown = await api.upload({ groupId: "grp_0000000000000000" }, { bytes: await makeImage() });
    expect(unknown.status).toBe(404);
    expect(unknown.json).toMatchObject({ code: 404, serviceCode: "ASSET_GROUP_NOT_FOUND" });
    const face = ((await api.post("/asset-groups", { name: "F", groupKind: "REAL_FACE" })).json.data as Json)
      .groupId as string;
    const refused = await api.upload({ groupId: face }, { bytes: await makeImage() });
    expect(refused.status).toBe(409);
    expect(refused.json).toMatchObject({
      msg: "Asset group is not active",
      serviceCode: "ASSET_GROUP_NOT_ACTIVE",
    });
    // Another tenant's group is unknown to this tenant.
    const other = await createGroup(env.emulator, KEY_B);
    expect((await api.upload({ groupId: other }, { bytes: await makeImage() })).status).toBe(404);
    expect(filesIn(env, "files/assets")).toEqual([]);
    expect(filesIn(env, "tmp")).toEqual([]);
  });
});

describe("upload validation", () => {
  const cases: [string, () => Promise<Buffer>, number, string][] = [
    [
      "a PDF declared as PNG",
      async () => Buffer.from("%PDF-1.7\n" + "x".repeat(2000)),
      415,
      "UNSUPPORTED_FILE_TYPE",
    ],
    ["a GIF", async () => makeImageGif(), 415, "UNSUPPORTED_FILE_TYPE"],
    ["a too small image", () => makeImage({ width: 200, height: 400 }), 400, "INVALID_IMAGE_DIMENSIONS"],
    ["a too wide image", () => makeImage({ width: 1600, height: 600 }), 400, "INVALID_ASPECT_RATIO"],
    ["a too tall image", () => makeImage({ width: 300, height: 800 }), 400, "INVALID_ASPECT_RATIO"],
    ["a decompression bomb header", async () => pngHeader(50_000, 50_000), 400, "INVALID_IMAGE_DIMENSIONS"],
    [
      "a truncated image",
      async () => (await makeImage({ width: 900, height: 900, format: "jpeg" })).subarray(0, 600),
      400,
      "INVALID_IMAGE",
    ],
  ];

  it.each(cases)("refuses %s without leaving files behind", async (_name, bytes, status, serviceCode) => {
    const env = testEmulator();
    const api = call(env.emulator, KEY_A);
    const started = Date.now();
    const res = await api.upload({}, { bytes: await bytes(), type: "image/png" });
    expect(res.status).toBe(status);
    expect(res.json).toMatchObject({ code: status, data: null, serviceCode });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(filesIn(env, "files/assets")).toEqual([]);
    expect(filesIn(env, "files/thumbs")).toEqual([]);
    expect(filesIn(env, "tmp")).toEqual([]);
  });

  it("accepts WebP and JPEG by their bytes whatever the declared type", async () => {
    const env = testEmulator();
    const api = call(env.emulator, KEY_A);
    const webp = await api.upload(
      {},
      { bytes: await makeImage({ format: "webp" }), type: "text/plain", name: "x.txt" },
    );
    expect(webp.json.data).toMatchObject({ mimeType: "image/webp", fileType: "webp" });
    const jpeg = await api.upload({}, { bytes: await makeImage({ format: "jpeg" }), type: "image/png" });
    expect(jpeg.json.data).toMatchObject({ mimeType: "image/jpeg", fileType: "jpg" });
  });

  it("refuses images of 30 MB or more, and any file over 50 MB even without a Content-Length", async () => {
    const env = testEmulator();
    const api = call(env.emulator, KEY_A);
    const big = Buffer.alloc(30 * 1024 * 1024 + 10);
    (await makeImage()).copy(big);
    const sized = await api.upload({}, { bytes: big });
    expect(sized.status).toBe(413);
    // Chunked: a stream body has no Content-Length to check up front.
    const boundary = "----emulator-test";
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n`,
    );
    const chunk = Buffer.alloc(1024 * 1024, 7);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 0) controller.enqueue(head);
        if (sent > 70) return controller.close();
        sent += 1;
        controller.enqueue(chunk);
      },
    });
    const chunked = await env.emulator.fetch(
      new Request(`${API}/assets`, {
        method: "POST",
        headers: {
          Authorization: `Bearer ${KEY_A}`,
          "Content-Type": `multipart/form-data; boundary=${boundary}`,
        },
        body,
        duplex: "half",
      } as RequestInit),
    );
    expect(chunked.status).toBe(413);
    expect(sent).toBeLessThan(60);
    expect(filesIn(env, "tmp")).toEqual([]);
  });

  it("refuses truncated multipart bodies, missing files and wrong content types", async () => {
    const env = testEmulator();
    const api = call(env.emulator, KEY_A);
    const boundary = "b0undary";
    const cut = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n${"x".repeat(5000)}`;
    const truncated = await api.raw("/assets", {
      method: "POST",
      headers: { "Content-Type": `multipart/form-data; boundary=${boundary}` },
      body: cut,
    });
    expect(truncated.status).toBe(400);
    const noFile = await api.upload({ name: "x" });
    expect(noFile.status).toBe(400);
    expect(noFile.json.serviceCode).toBe("FILE_REQUIRED");
    const json = await api.post("/assets", { name: "x" });
    expect(json.status).toBe(415);
    const noBoundary = await api.raw("/assets", {
      method: "POST",
      headers: { "Content-Type": "multipart/form-data" },
      body: "x",
    });
    expect(noBoundary.status).toBe(400);
    expect(filesIn(env, "tmp")).toEqual([]);
  });

  it("handles concurrent uploads safely", async () => {
    const env = testEmulator();
    const api = call(env.emulator, KEY_A);
    const groupId = await createGroup(env.emulator, KEY_A);
    const image = await makeImage({ width: 1200, height: 900, format: "jpeg" });
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => api.upload({ groupId, name: `n${i}` }, { bytes: image })),
    );
    expect(results.map((r) => r.status)).toEqual(Array(12).fill(200));
    const ids = new Set(results.map((r) => (r.json.data as Json).assetId));
    expect(ids.size).toBe(12);
    const group = (await api.get(`/asset-groups/${groupId}`)).json.data as Json;
    expect(group.assetCount).toBe(12);
    expect(filesIn(env, "files/assets")).toHaveLength(12);
    expect(filesIn(env, "tmp")).toEqual([]);
  });
});

describe("asset management", () => {
  it("renames, deletes (with files) and hides assets from other tenants", async () => {
    const env = testEmulator();
    const api = call(env.emulator, KEY_A);
    const other = call(env.emulator, KEY_B);
    const { assetId, groupId } = await activePortraitAsset(env.emulator, KEY_A);
    expect((await other.get(`/assets/${assetId}`)).status).toBe(404);
    expect((await other.raw(`/assets/${assetId}/content`)).status).toBe(404);
    expect((await other.delete(`/assets/${assetId}`)).status).toBe(404);
    expect(((await other.get("/assets")).json.data as Json).total).toBe(0);
    const renamed = await api.patch(`/assets/${assetId}`, { name: "Renamed", groupId: "ignored" });
    expect(renamed.json.data).toMatchObject({ name: "Renamed", assetGroupId: groupId });
    expect(filesIn(env, "files/assets")).toHaveLength(1);
    const deleted = await api.delete(`/assets/${assetId}`);
    expect(deleted.json).toMatchObject({ code: 0, data: "Deleted successfully" });
    expect(filesIn(env, "files/assets")).toEqual([]);
    expect(filesIn(env, "files/thumbs")).toEqual([]);
    expect((await api.get(`/assets/${assetId}`)).status).toBe(404);
  });

  it("deleting a group deletes its assets and their files", async () => {
    const env = testEmulator();
    const api = call(env.emulator, KEY_A);
    const { assetId, groupId } = await activePortraitAsset(env.emulator, KEY_A);
    await api.delete(`/asset-groups/${groupId}`);
    expect((await api.get(`/assets/${assetId}`)).status).toBe(404);
    expect(filesIn(env, "files/assets")).toEqual([]);
  });

  it("serves byte ranges of asset content", async () => {
    const env = testEmulator();
    const api = call(env.emulator, KEY_A);
    const { assetId } = await activePortraitAsset(env.emulator, KEY_A);
    const part = await api.raw(`/assets/${assetId}/content`, { headers: { Range: "bytes=0-7" } });
    expect(part.status).toBe(206);
    expect(Buffer.from(await part.arrayBuffer())).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
  });
});

function pngHeader(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(25);
  ihdr.writeUInt32BE(13, 0);
  ihdr.write("IHDR", 4, "ascii");
  ihdr.writeUInt32BE(width, 8);
  ihdr.writeUInt32BE(height, 12);
  ihdr.writeUInt8(8, 16);
  ihdr.writeUInt8(2, 17);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    ihdr,
    Buffer.alloc(64),
  ]);
}

async function makeImageGif(): Promise<Buffer> {
  const sharp = (await import("sharp")).default;
  return sharp({ create: { width: 400, height: 400, channels: 3, background: "#f00" } })
    .gif()
    .toBuffer();
}
