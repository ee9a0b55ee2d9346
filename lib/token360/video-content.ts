import "server-only";
import { ApiError } from "@/lib/errors/api-error";
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
 * Fetches a media URL named by the upstream. Only URLs under the upstream's own API base carry
 * the key; other URLs on the upstream's origin (signed file links of the emulator) go through
 * the same fetch without it; any other host (a CDN's presigned URL) must be https.
 */
export async function fetchUpstreamMedia(
  url: string,
  signal?: AbortSignal,
  upstream: Upstream = getUpstream(),
): Promise<Response> {
  const base = new URL(upstream.baseUrl);
  const target = new URL(url, base);
  let response: Response;
  if (target.origin === base.origin && target.pathname.startsWith(`${base.pathname}/`)) {
    const path = target.pathname.slice(base.pathname.length) + target.search;
    const sent = await send(
      { ...upstream, retry: NO_RETRY },
      { method: "GET", path, headers: { accept: "*/*" }, signal },
    );
    sent.clearTimer();
    response = sent.response;
  } else {
    if (target.origin !== base.origin && target.protocol !== "https:") {
      throw new ApiError("upstream_error", "The upstream named a media URL the app will not fetch.");
    }
    const fetchMedia =
      target.origin === base.origin
        ? upstream.fetch
        : (input: string, init: RequestInit) => fetch(input, init);
    const timeout = AbortSignal.timeout(upstream.timeoutMs);
    response = await fetchMedia(target.toString(), {
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      redirect: "follow",
    }).catch(() => {
      throw new ApiError("upstream_unavailable", "Could not download the media file. Try again.");
    });
  }
  if (!response.ok) throw new ApiError("not_found", "The media file is no longer available.");
  return response;
}
