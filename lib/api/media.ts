import "server-only";
import { STREAM_LENGTH_HEADER } from "@/lib/net/stream-length";

// Headers for media the app streams on behalf of the upstream. Upstream content types are
// only trusted for the media we expect, so nothing upstream can make the app serve HTML.

const SAFE_TYPES = /^(image\/(jpeg|png|webp|gif|avif)|video\/(mp4|quicktime|webm)|audio\/(mpeg|wav|mp4))\b/i;

export function mediaHeaders(upstream: Response, fallbackType: string): Headers {
  const headers = new Headers();
  const type = upstream.headers.get("content-type") ?? "";
  headers.set("content-type", SAFE_TYPES.test(type) ? type : fallbackType);
  for (const name of ["content-length", "content-range", "accept-ranges", "etag", "last-modified"]) {
    const value = upstream.headers.get(name);
    if (value) headers.set(name, value);
  }
  // Next drops Content-Length from route answers; the server puts this one back (lib/net/stream-length).
  const length = upstream.headers.get("content-length");
  if (length && !upstream.headers.has("content-encoding")) headers.set(STREAM_LENGTH_HEADER, length);
  headers.set("x-content-type-options", "nosniff");
  headers.set("cache-control", "private, max-age=300");
  return headers;
}

/** `attachment; filename=…` with an ASCII fallback and the RFC 5987 form. */
export function attachment(filename: string): string {
  const ascii = filename.replace(/[^A-Za-z0-9._-]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
