import "server-only";
import { ApiError } from "@/lib/api/errors";
import { upstreamUrlsOf } from "./convert/video";
import { requestStream, segment, send } from "./http";
import { NO_RETRY } from "./retry";
import { getUpstream, type Upstream } from "./upstream";
import { getVideoRecord } from "./videos";

// Streamed media of a video task. Bodies are handed on untouched; only headers are timed.

/**
 * GET /v1/videos/{id}/content?format=binary with the browser's Range header passed through,
 * so the answer may be 200, 206 or 416 (with Content-Range).
 */
export async function getVideoContent(
  videoId: string,
  range: string | null,
  signal?: AbortSignal,
  upstream: Upstream = getUpstream(),
): Promise<Response> {
  return requestStream(
    upstream,
    {
      method: "GET",
      path: `/videos/${segment(videoId)}/content`,
      query: { format: "binary" },
      headers: { accept: "video/mp4,*/*", ...(range ? { range } : {}) },
      signal,
    },
    [416],
  );
}

/** The last-frame image of a completed task (content.last_frame_url), streamed. */
export async function getVideoLastFrame(
  videoId: string,
  signal?: AbortSignal,
  upstream: Upstream = getUpstream(),
): Promise<Response> {
  const { lastFrame } = upstreamUrlsOf(await getVideoRecord(videoId, upstream));
  if (!lastFrame)
    throw new ApiError("not_found", "This video has no last frame. Ask for one with return_last_frame.");
  return fetchUpstreamMedia(lastFrame, signal, upstream);
}

/**
 * Fetches a media URL named by the upstream. URLs under the upstream's own base carry the key
 * (and go through the emulator's fetch when embedded); any other host (a CDN's presigned URL)
 * gets a plain request without it, and only over https.
 */
export async function fetchUpstreamMedia(
  url: string,
  signal?: AbortSignal,
  upstream: Upstream = getUpstream(),
): Promise<Response> {
  const base = new URL(upstream.baseUrl);
  const target = new URL(url, base);
  if (target.origin === base.origin && target.pathname.startsWith(base.pathname)) {
    const path = target.pathname.slice(base.pathname.length) + target.search;
    const { response, clearTimer } = await send(
      { ...upstream, retry: NO_RETRY },
      { method: "GET", path, headers: { accept: "*/*" }, signal },
    );
    clearTimer();
    if (!response.ok) throw new ApiError("not_found", "The media file is no longer available.");
    return response;
  }
  if (target.protocol !== "https:")
    throw new ApiError("upstream_error", "The upstream named a media URL the app will not fetch.");
  const response = await fetch(target, { signal, redirect: "follow" }).catch(() => {
    throw new ApiError("upstream_unavailable", "Could not download the media file. Try again.");
  });
  if (!response.ok) throw new ApiError("not_found", "The media file is no longer available.");
  return response;
}
