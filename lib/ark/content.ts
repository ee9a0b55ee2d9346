import "server-only";
import { ApiError } from "@/lib/errors/api-error";
import { createGuardedFetch } from "@/lib/net/guarded-fetch";
import { send } from "@/lib/token360/http";
import { NO_RETRY } from "@/lib/token360/retry";
import { getArkTask } from "./tasks";
import type { ArkUpstream } from "./upstream";

// The MP4 and last frame of a native task. LaoZhang streams the file from its compatibility
// download (§3, with the key); the official hosts only name `content.video_url`, a signed URL
// valid 24 h (§1.6), fetched without the key. A URL on the configured host's own origin is
// trusted like the host; any other must be https on a public address (checked on the resolved
// IP and every redirect), since it comes from an answer, not from config.

const outsideFetch = createGuardedFetch({ allowLoopback: false, maxRedirects: 3, httpsOnly: true });

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * The URL on the configured host's origin when it names that host: a host on this machine may
 * sign its links with another loopback name (localhost for 127.0.0.1) than the one configured.
 */
function onBase(target: URL, base: URL): URL {
  const loopbackTwin =
    LOOPBACK.has(target.hostname) &&
    LOOPBACK.has(base.hostname) &&
    target.port === base.port &&
    target.protocol === base.protocol;
  return loopbackTwin ? new URL(`${target.pathname}${target.search}`, base.origin) : target;
}

async function fetchNamed(
  url: string,
  upstream: ArkUpstream,
  headers: Record<string, string>,
  signal?: AbortSignal,
) {
  const base = new URL(upstream.baseUrl);
  const target = onBase(new URL(url, base), base);
  const timeout = AbortSignal.timeout(upstream.timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  const fetchIt =
    target.origin === base.origin
      ? upstream.fetch(target.toString(), { headers, signal: combined, redirect: "follow" })
      : outsideFetch(target.toString(), { headers, signal: combined });
  const response = await fetchIt.catch(() => {
    throw new ApiError("upstream_unavailable", "Could not download the video file. Try again.");
  });
  if (!response.ok && response.status !== 206 && response.status !== 416) {
    await response.body?.cancel().catch(() => undefined);
    throw new ApiError("not_found", "The provider no longer has this file (its links last about 24 hours).");
  }
  return response;
}

/** The MP4 with the browser's Range passed through (200, 206 or 416). */
export async function openArkContent(
  taskId: string,
  range: string | null,
  upstream: ArkUpstream,
  signal?: AbortSignal,
): Promise<Response> {
  const headers: Record<string, string> = { accept: "video/mp4,*/*", ...(range ? { range } : {}) };
  const download = upstream.settings.downloadUrl;
  if (download) {
    const url = new URL(download.replace("{id}", encodeURIComponent(taskId)));
    const relayed = { ...upstream, baseUrl: url.origin, retry: NO_RETRY };
    const { response, clearTimer } = await send(relayed, {
      method: "GET",
      path: url.pathname,
      headers,
      signal,
    });
    clearTimer();
    if (response.ok || response.status === 416) return response;
    await response.body?.cancel().catch(() => undefined);
    throw new ApiError("not_found", `${upstream.label} has no file for this task (HTTP ${response.status}).`);
  }
  const { outputs } = await getArkTask(taskId, upstream);
  if (!outputs.video)
    throw new ApiError("not_found", "This task has no video (yet, or any more: links last about 24 hours).");
  return fetchNamed(outputs.video, upstream, headers, signal);
}

export async function openArkLastFrame(
  taskId: string,
  upstream: ArkUpstream,
  signal?: AbortSignal,
): Promise<Response> {
  const { outputs } = await getArkTask(taskId, upstream);
  if (!outputs.lastFrame)
    throw new ApiError("not_found", "This video has no last frame. Ask for one with return_last_frame.");
  return fetchNamed(outputs.lastFrame, upstream, { accept: "image/*" }, signal);
}

/** A URL of the finished video the provider itself can fetch (a source for Extend or Edit). */
export async function arkSourceUrl(taskId: string, upstream: ArkUpstream): Promise<string> {
  const { outputs } = await getArkTask(taskId, upstream);
  if (!outputs.video) throw new ApiError("not_found", "This task has no video to use as a source any more.");
  return new URL(outputs.video, upstream.baseUrl).toString();
}
