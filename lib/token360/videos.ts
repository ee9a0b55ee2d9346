import "server-only";
import { z } from "zod";
import type { CursorPage } from "@/lib/schemas/page";
import type { ListVideosQuery, VideoTaskRecord } from "@/lib/schemas/video";
import { NATIVE_PARAMS_HEADER, type NativeVideoBody } from "@/lib/video/native-body";
import { toVideoTask } from "./convert/video";
import { UpstreamShapeError } from "./convert/shape-error";
import { requestJson, segment } from "./http";
import { getUpstream, type Upstream } from "./upstream";
import { wireVideoListSchema } from "./wire/video";

// /v1/videos* (OpenAI-style objects, {error:{…}} errors). Content streaming: video-content.ts.

/** POST /v1/videos with the body exactly as validated. Never retried: a retry could bill twice. */
export async function createVideo(
  body: Record<string, unknown>,
  upstream: Upstream = getUpstream(),
): Promise<VideoTaskRecord> {
  return toVideoTask(await requestJson(upstream, { method: "POST", path: "/videos", json: body }));
}

/**
 * POST /v1/videos in native-params mode (API.md §2.5): the vendor's own body (Seedance's
 * `content[]`), switched on by the header; Token360 still checks `asset://` ids and answers with
 * its own task object. Never retried, like createVideo.
 */
export async function createNativeVideo(
  body: NativeVideoBody,
  upstream: Upstream = getUpstream(),
): Promise<VideoTaskRecord> {
  return toVideoTask(
    await requestJson(upstream, {
      method: "POST",
      path: "/videos",
      json: body,
      headers: { [NATIVE_PARAMS_HEADER]: "true" },
    }),
  );
}

/** The raw task, for callers that need upstream URLs (content, last frame). */
export async function getVideoRecord(videoId: string, upstream: Upstream = getUpstream()): Promise<unknown> {
  return requestJson(upstream, { method: "GET", path: `/videos/${segment(videoId)}` });
}

export async function getVideo(
  videoId: string,
  upstream: Upstream = getUpstream(),
): Promise<VideoTaskRecord> {
  return toVideoTask(await getVideoRecord(videoId, upstream));
}

export async function listVideos(
  query: ListVideosQuery,
  upstream: Upstream = getUpstream(),
): Promise<CursorPage<VideoTaskRecord>> {
  const body = await requestJson(upstream, { method: "GET", path: "/videos", query: { ...query } });
  const parsed = wireVideoListSchema.safeParse(body);
  if (!parsed.success) throw new UpstreamShapeError("a video list without a data array");
  const items = parsed.data.data.map(toVideoTask);
  return {
    items,
    hasMore: parsed.data.has_more ?? false,
    firstId: parsed.data.first_id ?? items[0]?.id ?? null,
    lastId: parsed.data.last_id ?? items.at(-1)?.id ?? null,
  };
}

export async function deleteVideo(videoId: string, upstream: Upstream = getUpstream()): Promise<void> {
  await requestJson(upstream, { method: "DELETE", path: `/videos/${segment(videoId)}` });
}

const contentUrlSchema = z.looseObject({ url: z.string().min(1), expires_in: z.number().nullish() });

/** GET /v1/videos/{id}/content?format=url: a signed URL the upstream itself accepts back. */
export async function getVideoContentUrl(
  videoId: string,
  upstream: Upstream = getUpstream(),
): Promise<{ url: string; expiresIn: number | null }> {
  const body = await requestJson(upstream, {
    method: "GET",
    path: `/videos/${segment(videoId)}/content`,
    query: { format: "url" },
  });
  const parsed = contentUrlSchema.safeParse(body);
  if (!parsed.success) throw new UpstreamShapeError("a content URL answer without url");
  return { url: parsed.data.url, expiresIn: parsed.data.expires_in ?? null };
}
