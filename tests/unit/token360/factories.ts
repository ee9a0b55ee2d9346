import { vi } from "vitest";
import type { FetchLike, Upstream } from "@/lib/token360/upstream";
import { DEFAULT_RETRY_POLICY } from "@/lib/token360/retry";

// Payload factories (shaped like API.md's examples) and a test upstream with a stubbed fetch.

export const TEST_KEY = "sk-unit-test-secret-0123456789";

export function testUpstream(fetch: FetchLike, overrides: Partial<Upstream> = {}): Upstream {
  return {
    mode: "token360",
    label: "Token360",
    baseUrl: "https://api.example.test/v1",
    apiKey: TEST_KEY,
    fetch,
    timeoutMs: 1000,
    retry: { ...DEFAULT_RETRY_POLICY, sleep: vi.fn(async () => undefined), random: () => 0.5 },
    internalOrigin: null,
    ...overrides,
  };
}

/** A fetch stub answering from a queue of responses (or a function). */
export function stubFetch(...answers: (Response | Error | (() => Response | Promise<Response>))[]) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch = vi.fn(async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    const next = answers.length > 1 ? answers.shift() : answers[0];
    if (next === undefined) throw new Error("no more answers");
    if (next instanceof Error) throw next;
    return typeof next === "function" ? next() : next.clone();
  });
  return { fetch, calls };
}

export const jsonResponse = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });

export const consoleOk = (data: unknown) => ({ code: 0, msg: "OK", serviceCode: null, data });

export const assetRecord = (overrides: Record<string, unknown> = {}) => ({
  id: 1842,
  assetId: "ta_5d41402abc4b2a76b9719d911017c592",
  token360AssetId: "ta_5d41402abc4b2a76b9719d911017c592",
  tenantId: 1,
  userId: 1001,
  userName: "alice",
  shared: false,
  assetGroupId: "grp_9f86d081884c7d65",
  groupName: "Hero character",
  mediaType: "image",
  assetKind: "VIRTUAL_PORTRAIT",
  sourceType: "UPLOAD",
  status: "processing",
  name: "hero-front",
  assetType: "Image",
  filename: "hero-front.png",
  mimeType: "image/png",
  sizeBytes: 482113,
  fileType: "png",
  width: 1024,
  height: 1536,
  aspectRatio: "2:3",
  ...overrides,
});

export const groupRecord = (overrides: Record<string, unknown> = {}) => ({
  groupId: "grp_9f86d081884c7d65",
  assetGroupId: "grp_9f86d081884c7d65",
  name: "Hero character",
  groupKind: "VIRTUAL_PORTRAIT",
  status: "active",
  retention: "NO_FIXED_EXPIRY",
  assetCount: 3,
  createdAt: "2026-01-01T00:00:00Z",
  h5Link: null,
  ...overrides,
});

export const videoObject = (overrides: Record<string, unknown> = {}) => ({
  id: "vid_7f3a9c2e41b84d0f",
  object: "video",
  status: "completed",
  model: "seedance-2.0",
  prompt: "The woman walks to the window.",
  created_at: 1767225600,
  updated_at: 1767225690,
  parameters: {
    resolution: "720p",
    duration: 5,
    aspect_ratio: "16:9",
    seed: 42,
    generate_audio: false,
    watermark: false,
  },
  url: "https://cdn.example.com/v/vid.mp4?sig=1",
  video_url: "https://cdn.example.com/v/vid.mp4?sig=1",
  duration: 5,
  content: { last_frame_url: "https://cdn.example.com/v/vid_last.png?sig=1" },
  ...overrides,
});
