import "server-only";
import { Readable, Transform } from "node:stream";
import busboy from "busboy";
import { ApiError } from "@/lib/errors/api-error";

// Reads a browser multipart body as a stream of parts (busboy over request.body), never
// buffering a file. A byte counter on the raw body makes the cap hold for chunked bodies too.

export type Part =
  | { kind: "field"; name: string; value: string }
  | { kind: "file"; name: string; filename: string; stream: Readable & { truncated?: boolean } };

export interface MultipartLimits {
  maxFileBytes: number;
  /** Raw body cap: the file cap plus room for boundaries and text fields. */
  maxBodyBytes: number;
}

export const payloadTooLarge = (maxFileBytes: number) =>
  new ApiError(
    "payload_too_large",
    `The file must be smaller than ${Math.round(maxFileBytes / (1024 * 1024))} MB.`,
    {
      limit: "size",
      maxBytes: maxFileBytes,
    },
  );

/** Counts the raw body and enforces the cap, chunk by chunk. */
function byteCap(maxBodyBytes: number, maxFileBytes: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      seen += chunk.length;
      callback(seen > maxBodyBytes ? payloadTooLarge(maxFileBytes) : null, chunk);
    },
  });
}

/** Async iterator over the parts of a multipart request; throw or return() to stop reading. */
export async function* readMultipart(request: Request, limits: MultipartLimits): AsyncGenerator<Part> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\s*;.*boundary=/i.test(contentType) || !request.body) {
    throw new ApiError("unsupported_media_type", "Send the upload as multipart/form-data with a file field.");
  }
  let parser: ReturnType<typeof busboy>;
  try {
    parser = busboy({
      headers: { "content-type": contentType },
      // The cap is exclusive ("smaller than 30 MB"), as the upstream's own limit is.
      limits: { fileSize: limits.maxFileBytes - 1, files: 1, fields: 10, fieldSize: 4096, parts: 12 },
    });
  } catch {
    // busboy throws on a header it cannot use (e.g. an empty boundary): that is the caller's mistake.
    throw new ApiError("unsupported_media_type", "Send the upload as multipart/form-data with a file field.");
  }
  const queue: (Part | { kind: "end" } | { kind: "error"; error: unknown })[] = [];
  let wake: (() => void) | null = null;
  const push = (item: (typeof queue)[number]) => {
    queue.push(item);
    wake?.();
  };
  parser.on("field", (name, value) => push({ kind: "field", name, value }));
  let currentFile: Readable | null = null;
  parser.on("file", (name, stream, info) => {
    currentFile = stream;
    // Stopping early destroys the part with an error; its reader may already be gone.
    stream.on("error", () => undefined);
    push({ kind: "file", name, filename: info.filename ?? "", stream });
  });
  parser.on("filesLimit", () =>
    push({ kind: "error", error: new ApiError("validation_error", "Send one file per upload.") }),
  );
  let finished = false;
  parser.on("close", () => {
    finished = true;
    push({ kind: "end" });
  });
  parser.on("error", (error) => push({ kind: "error", error: asApiError(error) }));
  const source = Readable.fromWeb(request.body as Parameters<typeof Readable.fromWeb>[0]);
  const counter = byteCap(limits.maxBodyBytes, limits.maxFileBytes);
  // A body over the cap or a client that goes away must also fail the file being read.
  const fail = (error: Error) => {
    currentFile?.destroy(error);
    parser.destroy(error);
  };
  source.on("error", fail);
  counter.on("error", fail);
  source.pipe(counter).pipe(parser);
  try {
    while (true) {
      const item = queue.shift();
      if (!item) {
        await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
        continue;
      }
      if (item.kind === "end") return;
      if (item.kind === "error") throw item.error;
      yield item;
    }
  } finally {
    if (!finished) {
      source.unpipe();
      source.destroy();
      counter.destroy();
      parser.destroy();
    }
  }
}

function asApiError(error: unknown): unknown {
  if (error instanceof ApiError) return error;
  const message = error instanceof Error ? error.message : "";
  if (/aborted|premature close|ECONNRESET/i.test(message)) return error;
  return new ApiError("validation_error", "The upload is not a well-formed multipart/form-data body.");
}
