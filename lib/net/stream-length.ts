import http from "node:http";

// Next.js drops Content-Length from every Response a route handler returns (the body might have
// been decoded on the way), so a streamed video reaches the browser chunked, without a size: no
// download progress, and players guess. A route that knows the size (the upstream said it, or the
// file on disk has it) names it under a header of its own; at start-up the server learns to turn
// that header back into Content-Length just before the head is written. A compressed answer
// (Content-Encoding set by the server) or a chunked one keeps no length.

export const STREAM_LENGTH_HEADER = "x-portrait-studio-length";

const PATCHED = Symbol.for("portrait-studio.stream-length");

type WriteHead = (this: http.ServerResponse, ...args: unknown[]) => http.ServerResponse;
type Prototype = { writeHead: WriteHead } & Record<symbol, unknown>;

/** Moves the length header into Content-Length on a response about to send its head. */
export function applyStreamLength(response: http.ServerResponse): void {
  const length = response.getHeader(STREAM_LENGTH_HEADER);
  if (length === undefined) return;
  response.removeHeader(STREAM_LENGTH_HEADER);
  const value = String(Array.isArray(length) ? length[0] : length);
  if (!/^\d{1,15}$/.test(value)) return;
  if (response.hasHeader("content-encoding") || response.hasHeader("transfer-encoding")) return;
  response.setHeader("content-length", value);
}

/** Installs the translation on every HTTP response of this process (once). */
export function restoreStreamLengths(): void {
  const prototype = http.ServerResponse.prototype as unknown as Prototype;
  if (prototype[PATCHED]) return;
  const original = prototype.writeHead;
  prototype.writeHead = function writeHead(this: http.ServerResponse, ...args: unknown[]) {
    applyStreamLength(this);
    return original.apply(this, args);
  };
  prototype[PATCHED] = true;
}
