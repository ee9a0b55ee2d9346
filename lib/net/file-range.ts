import { open, type FileHandle } from "node:fs/promises";

// Byte ranges of a file on disk, for every server that streams stored files (the BFF's media
// routes, the emulator's file routes). One Range parser, and one stream that reads the file in
// large chunks straight into the buffers it hands on: no per-chunk copy, and the next chunk is
// read only when the consumer has taken the previous one (backpressure), so a stalled client
// holds at most a chunk or two in memory.

export type ByteRange = { start: number; end: number };

/**
 * Large reads: per-chunk costs (a read, a socket write, a few promises) are paid a thousand
 * times per GB. 1 MB costs the server ~15 % less CPU per GB than 512 KB over loopback
 * (docs/BENCHMARKS.md, video-streaming); two chunks are in memory per stream at most.
 */
export const FILE_CHUNK_BYTES = 1024 * 1024;

/**
 * A single `bytes=` range of RFC 9110 §14.1.2 against a file of `size` bytes. null = serve the
 * whole file (no header, a malformed one, or several ranges, which a server may ignore);
 * "unsatisfiable" = answer 416 with `Content-Range: bytes * /size`.
 */
export function parseRange(header: string | null, size: number): ByteRange | "unsatisfiable" | null {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return null;
  const [, from = "", to = ""] = match;
  if (from === "" && to === "") return null;
  if (from === "") {
    const suffix = Number(to);
    // A suffix of 0 bytes, or any range of an empty file, selects nothing.
    if (suffix === 0 || size === 0) return "unsatisfiable";
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(from);
  const end = to === "" ? size - 1 : Math.min(Number(to), size - 1);
  if (start >= size || end < start) return "unsatisfiable";
  return { start, end };
}

/** An open file with its size, or null when there is no regular file at `filePath`. */
export async function openFile(
  filePath: string,
): Promise<{ handle: FileHandle; size: number; mtime: Date } | null> {
  const handle = await open(filePath, "r").catch(() => null);
  if (!handle) return null;
  try {
    const info = await handle.stat();
    if (info.isFile()) return { handle, size: info.size, mtime: info.mtime };
  } catch {
    // Treated as missing, below.
  }
  await handle.close().catch(() => undefined);
  return null;
}

/**
 * Streams bytes `start..end` (inclusive) of an open file and closes it at the end, on cancel
 * (the client went away) or on a read error. Each chunk is a fresh buffer the file was read
 * into, handed on as it is; one chunk is read ahead.
 */
export function fileRangeStream(
  handle: FileHandle,
  { start, end }: ByteRange,
  chunkBytes = FILE_CHUNK_BYTES,
): ReadableStream<Uint8Array> {
  let position = start;
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    handle.close().catch(() => undefined);
  };
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const wanted = Math.min(chunkBytes, end + 1 - position);
        if (wanted <= 0) {
          close();
          controller.close();
          return;
        }
        try {
          const buffer = Buffer.allocUnsafeSlow(wanted);
          const { bytesRead } = await handle.read(buffer, 0, wanted, position);
          if (bytesRead === 0) throw new Error("The file ended before its last byte was read");
          position += bytesRead;
          controller.enqueue(bytesRead === wanted ? buffer : buffer.subarray(0, bytesRead));
          if (position > end) {
            close();
            controller.close();
          }
        } catch (error) {
          close();
          controller.error(error);
        }
      },
      cancel: close,
    },
    { highWaterMark: 1 },
  );
}
