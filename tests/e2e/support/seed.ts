import { expect, type APIRequestContext } from "@playwright/test";
import sharp from "sharp";

// Seeds data through the app's own API, as a browser on the same origin would (mutations need
// an Origin header that matches the host). Small functions, shared by every spec that needs assets.

export interface SeededGroup {
  id: string;
  name: string;
  kind: string;
}

export interface SeededAsset {
  assetId: string;
  name: string;
  groupId: string | null;
  groupName: string | null;
  status: string;
  previewUrl: string | null;
}

/** A name no other test (or earlier run on the same data dir) uses. */
export const uniqueName = (prefix: string) =>
  `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

const originHeader = (baseURL: string) => ({ Origin: new URL(baseURL).origin });

/** A 640×800 PNG character card: a soft gradient, a round "face" and a label, in the given hue. */
export async function portraitPng(
  label: string,
  hue = 260,
  size = { width: 640, height: 800 },
): Promise<Buffer> {
  const { width, height } = size;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="hsl(${hue},70%,72%)"/><stop offset="1" stop-color="hsl(${(hue + 40) % 360},60%,38%)"/>
    </linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>
    <circle cx="${width / 2}" cy="${height * 0.4}" r="${width * 0.22}" fill="hsl(${hue},40%,88%)"/>
    <rect x="${width * 0.2}" y="${height * 0.64}" width="${width * 0.6}" height="${height * 0.3}" rx="60" fill="hsl(${hue},40%,88%)"/>
    <text x="50%" y="${height * 0.93}" font-family="sans-serif" font-size="40" text-anchor="middle" fill="#1d1b2e">${label.replace(/[<&]/g, "")}</text>
  </svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** A mono 16-bit PCM WAV tone: a small, valid audio reference. */
export function wavTone(seconds = 3, frequency = 440, sampleRate = 8000): Buffer {
  const samples = Math.round(seconds * sampleRate);
  const buffer = Buffer.alloc(44 + samples * 2);
  buffer.write("RIFF", 0);
  buffer.writeUInt32LE(36 + samples * 2, 4);
  buffer.write("WAVEfmt ", 8);
  buffer.writeUInt32LE(16, 16);
  buffer.writeUInt16LE(1, 20); // PCM
  buffer.writeUInt16LE(1, 22); // mono
  buffer.writeUInt32LE(sampleRate, 24);
  buffer.writeUInt32LE(sampleRate * 2, 28);
  buffer.writeUInt16LE(2, 32);
  buffer.writeUInt16LE(16, 34);
  buffer.write("data", 36);
  buffer.writeUInt32LE(samples * 2, 40);
  for (let i = 0; i < samples; i += 1) {
    buffer.writeInt16LE(Math.round(Math.sin((2 * Math.PI * frequency * i) / sampleRate) * 8000), 44 + i * 2);
  }
  return buffer;
}

export async function createGroup(
  request: APIRequestContext,
  baseURL: string,
  name: string,
  kind: "VIRTUAL_PORTRAIT" | "GENERIC" = "VIRTUAL_PORTRAIT",
): Promise<SeededGroup> {
  const response = await request.post("/api/asset-groups", {
    headers: originHeader(baseURL),
    data: { name, kind },
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as SeededGroup;
}

export async function uploadImage(
  request: APIRequestContext,
  baseURL: string,
  { groupId, name, png }: { groupId: string; name: string; png: Buffer },
): Promise<SeededAsset> {
  const response = await request.post("/api/assets", {
    headers: originHeader(baseURL),
    multipart: { groupId, name, file: { name: `${name}.png`, mimeType: "image/png", buffer: png } },
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as SeededAsset;
}

/** Polls GET /api/assets/{id} until the asset is Active (fails on Failed or after the timeout). */
export async function waitUntilActive(
  request: APIRequestContext,
  assetId: string,
  timeoutMs = 30_000,
): Promise<SeededAsset> {
  const latest: { asset?: SeededAsset } = {};
  await expect
    .poll(
      async () => {
        const response = await request.get(`/api/assets/${assetId}`);
        latest.asset = (await response.json()) as SeededAsset;
        return latest.asset.status;
      },
      { timeout: timeoutMs, intervals: [250, 500, 1000] },
    )
    .toMatch(/^(active|failed)$/);
  const asset = latest.asset as SeededAsset;
  expect(asset.status, `asset ${assetId} failed to process`).toBe("active");
  return asset;
}

/** A Virtual Portrait group with `count` Active image assets in it. */
export async function seedPortraitAssets(
  request: APIRequestContext,
  baseURL: string,
  count: number,
  prefix = "Hero",
): Promise<{ group: SeededGroup; assets: SeededAsset[] }> {
  const group = await createGroup(request, baseURL, uniqueName(`${prefix} group`));
  const uploaded = await Promise.all(
    Array.from({ length: count }, async (_, index) => {
      const name = uniqueName(`${prefix} ${index + 1}`);
      return uploadImage(request, baseURL, {
        groupId: group.id,
        name,
        png: await portraitPng(name, 200 + index * 50),
      });
    }),
  );
  const assets = await Promise.all(uploaded.map((asset) => waitUntilActive(request, asset.assetId)));
  return { group, assets };
}

export interface SeededVideo {
  id: string;
  status: string;
  prompt: string;
}

/** Starts a video through POST /api/videos (the Token360 wire body, unchanged). */
export async function createVideoTask(
  request: APIRequestContext,
  baseURL: string,
  body: Record<string, unknown>,
): Promise<SeededVideo> {
  const response = await request.post("/api/videos", { headers: originHeader(baseURL), data: body });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as SeededVideo;
}

/** Polls GET /api/videos/{id} until the task is completed (fails if it fails). */
export async function waitForVideo(
  request: APIRequestContext,
  videoId: string,
  timeoutMs = 60_000,
): Promise<SeededVideo> {
  const latest: { video?: SeededVideo } = {};
  await expect
    .poll(
      async () => {
        latest.video = (await (await request.get(`/api/videos/${videoId}`)).json()) as SeededVideo;
        return latest.video.status;
      },
      { timeout: timeoutMs, intervals: [500, 1000] },
    )
    .toMatch(/^(completed|failed)$/);
  const video = latest.video as SeededVideo;
  expect(video.status, `video ${videoId} failed`).toBe("completed");
  return video;
}
