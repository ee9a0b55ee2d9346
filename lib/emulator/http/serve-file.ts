import { fileRangeStream, openFile, parseRange } from "@/lib/net/file-range";
import { STREAM_LENGTH_HEADER } from "@/lib/net/stream-length";

// Streams a stored file with HTTP Range support (single ranges; anything else gets the whole
// file, which RFC 9110 allows). HEAD answers the same headers without a body. The body is the
// file read in large chunks, only as fast as the reader takes them (lib/net/file-range), so the
// app's in-process path hands it on to the browser as it is.

export interface ServeOptions {
  contentType: string;
  /** e.g. `attachment; filename="clip.mp4"`. */
  disposition?: string;
  cacheControl?: string;
}

/** A streaming response for `filePath`, or null when the file does not exist. */
export async function serveFile(
  request: Request,
  filePath: string,
  options: ServeOptions,
): Promise<Response | null> {
  const file = await openFile(filePath);
  if (!file) return null;
  const { handle, size, mtime } = file;
  const headers = new Headers({
    "Accept-Ranges": "bytes",
    "Content-Type": options.contentType,
    "Last-Modified": mtime.toUTCString(),
    ETag: `"${size.toString(16)}-${Math.floor(mtime.getTime()).toString(16)}"`,
    "Cache-Control": options.cacheControl ?? "private, max-age=3600",
  });
  if (options.disposition) headers.set("Content-Disposition", options.disposition);

  const range = parseRange(request.headers.get("range"), size);
  if (range === "unsatisfiable") {
    await handle.close();
    headers.set("Content-Range", `bytes */${size}`);
    headers.set("Content-Type", "application/json");
    const body = {
      error: {
        message: `Range not satisfiable for a ${size}-byte file`,
        type: "invalid_request_error",
        param: "Range",
        code: "range_not_satisfiable",
      },
    };
    return new Response(JSON.stringify(body), { status: 416, headers });
  }
  const { start, end } = range ?? { start: 0, end: size - 1 };
  const length = String(size === 0 ? 0 : end - start + 1);
  headers.set("Content-Length", length);
  // Served over HTTP through a Next route, which drops Content-Length; the server restores it.
  headers.set(STREAM_LENGTH_HEADER, length);
  if (range) headers.set("Content-Range", `bytes ${start}-${end}/${size}`);
  const status = range ? 206 : 200;
  if (request.method === "HEAD" || size === 0) {
    await handle.close();
    return new Response(null, { status, headers });
  }
  return new Response(fileRangeStream(handle, { start, end }), { status, headers });
}
