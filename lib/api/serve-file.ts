import "server-only";
import { fileRangeStream, openFile, parseRange } from "@/lib/net/file-range";
import { STREAM_LENGTH_HEADER } from "@/lib/net/stream-length";
import { attachment } from "./media";

// A file on the server's disk as a route answer: one byte range (Range, If-Range), its length
// (Content-Length survives Next through lib/net/stream-length), and a body read from disk only
// as fast as the client takes it (lib/net/file-range). HEAD gets the same headers, no body.

export interface ServeFileOptions {
  /** The type the file is served as; the caller knows it, nothing is sniffed here. */
  contentType: string;
  /** Set for a download: `Content-Disposition: attachment` with this file name. */
  downloadName?: string;
  /** Default `private, max-age=300`. */
  cacheControl?: string;
}

const etagOf = (size: number, mtime: Date) =>
  `"${size.toString(16)}-${Math.floor(mtime.getTime()).toString(16)}"`;

/** The answer for `filePath` (200, 206 or 416), or null when there is no such file. */
export async function serveFile(
  request: Request,
  filePath: string,
  options: ServeFileOptions,
): Promise<Response | null> {
  const file = await openFile(filePath);
  if (!file) return null;
  const { handle, size, mtime } = file;
  const etag = etagOf(size, mtime);
  const headers = new Headers({
    "content-type": options.contentType,
    "accept-ranges": "bytes",
    etag,
    "last-modified": mtime.toUTCString(),
    "cache-control": options.cacheControl ?? "private, max-age=300",
    "x-content-type-options": "nosniff",
  });
  if (options.downloadName) headers.set("content-disposition", attachment(options.downloadName));

  // If-Range: a range of another version of the file would corrupt what the client has.
  const ifRange = request.headers.get("if-range");
  const rangeHeader = ifRange === null || ifRange === etag ? request.headers.get("range") : null;
  const range = parseRange(rangeHeader, size);
  if (range === "unsatisfiable") {
    await handle.close();
    headers.set("content-range", `bytes */${size}`);
    return new Response(null, { status: 416, headers });
  }
  const { start, end } = range ?? { start: 0, end: size - 1 };
  const length = size === 0 ? 0 : end - start + 1;
  headers.set("content-length", String(length));
  headers.set(STREAM_LENGTH_HEADER, String(length));
  if (range) headers.set("content-range", `bytes ${start}-${end}/${size}`);
  const status = range ? 206 : 200;
  if (request.method === "HEAD" || length === 0) {
    await handle.close();
    return new Response(null, { status, headers });
  }
  return new Response(fileRangeStream(handle, { start, end }), { status, headers });
}
