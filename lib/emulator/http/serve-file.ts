import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { Readable } from "node:stream";

// Streams a stored file with HTTP Range support (single ranges; anything else gets the whole
// file, which RFC 9110 allows). HEAD answers the same headers without a body.

export interface ServeOptions {
  contentType: string;
  /** e.g. `attachment; filename="clip.mp4"`. */
  disposition?: string;
  cacheControl?: string;
}

type ByteRange = { start: number; end: number };

/** null = ignore the header (serve all); "unsatisfiable" = 416. */
export function parseRange(header: string | null, size: number): ByteRange | "unsatisfiable" | null {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return null;
  const [, from = "", to = ""] = match;
  if (from === "" && to === "") return null;
  if (from === "") {
    const suffix = Number(to);
    if (suffix === 0) return "unsatisfiable";
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(from);
  const end = to === "" ? size - 1 : Math.min(Number(to), size - 1);
  if (start >= size || end < start) return "unsatisfiable";
  return { start, end };
}

/** A streaming response for `filePath`, or null when the file does not exist. */
export async function serveFile(
  request: Request,
  filePath: string,
  options: ServeOptions,
): Promise<Response | null> {
  const info = await stat(filePath).catch(() => null);
  if (!info?.isFile()) return null;
  const size = info.size;
  const headers = new Headers({
    "Accept-Ranges": "bytes",
    "Content-Type": options.contentType,
    "Last-Modified": info.mtime.toUTCString(),
    ETag: `"${size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`,
    "Cache-Control": options.cacheControl ?? "private, max-age=3600",
  });
  if (options.disposition) headers.set("Content-Disposition", options.disposition);

  const range = parseRange(request.headers.get("range"), size);
  if (range === "unsatisfiable") {
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
  headers.set("Content-Length", String(size === 0 ? 0 : end - start + 1));
  if (range) headers.set("Content-Range", `bytes ${start}-${end}/${size}`);
  const status = range ? 206 : 200;
  if (request.method === "HEAD" || size === 0) return new Response(null, { status, headers });
  const stream = Readable.toWeb(
    createReadStream(filePath, { start, end }),
  ) as unknown as ReadableStream<Uint8Array>;
  return new Response(stream, { status, headers });
}
