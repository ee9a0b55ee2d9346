import busboy from "busboy";
import { createWriteStream } from "node:fs";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { errorFor, type ErrorFamily } from "../http/errors";
import { mediaTypeOf } from "../http/read-body";
import { removeQuietly } from "../storage/layout";

// Streams a multipart body straight to a temp file: the upload is never held in memory, and
// the byte cap holds for chunked bodies too (busboy truncates the file part at the limit; a
// counter on the raw body stops oversized non-file parts). Every failure removes the temp file.

export interface ReceivedFile {
  field: string;
  tempPath: string;
  filename: string;
  declaredType: string;
  size: number;
}

export interface ReceivedMultipart {
  fields: Record<string, string>;
  file: ReceivedFile | null;
}

export interface ReceiveOptions {
  maxFileBytes: number;
  tempPath: () => string;
  family: ErrorFamily;
}

const FIELD_BYTES = 64 * 1024;
const MAX_FIELDS = 50;

class StopUpload extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export async function receiveMultipart(
  request: Request,
  options: ReceiveOptions,
): Promise<ReceivedMultipart> {
  const { family, maxFileBytes } = options;
  const fail = (status: number, code: string, message: string) => errorFor(family, status, code, message);
  if (mediaTypeOf(request) !== "multipart/form-data") {
    throw fail(415, "UNSUPPORTED_MEDIA_TYPE", "Send the upload as multipart/form-data with a file part");
  }
  if (!request.body) throw fail(400, "INVALID_BODY", "The multipart body is empty");
  const tooLarge = () =>
    new StopUpload(413, "FILE_TOO_LARGE", `The file must be smaller than ${maxFileBytes} bytes`);
  // The whole body may carry the file plus the form fields, and not a byte more.
  const rawCap = maxFileBytes + (MAX_FIELDS + 1) * FIELD_BYTES;
  if (Number(request.headers.get("content-length") ?? "0") > rawCap) {
    throw fail(413, "FILE_TOO_LARGE", tooLarge().message);
  }
  const source = Readable.fromWeb(request.body as unknown as NodeReadableStream<Uint8Array>);

  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { "content-type": request.headers.get("content-type") ?? "" },
      // `fileSize` truncates above the limit; one byte below the cap refuses files of exactly the cap.
      limits: {
        fileSize: maxFileBytes - 1,
        files: 1,
        fields: MAX_FIELDS,
        fieldSize: FIELD_BYTES,
        parts: MAX_FIELDS + 1,
      },
    });
  } catch {
    throw fail(400, "INVALID_MULTIPART", "The multipart Content-Type has no boundary");
  }

  const fields: Record<string, string> = {};
  // Mutated from stream callbacks, so kept in one object (TypeScript does not track closures).
  const state: { file: ReceivedFile | null; fileWrite: Promise<void> | null; stop: StopUpload | null } = {
    file: null,
    fileWrite: null,
    stop: null,
  };
  const abort = (reason: StopUpload) => {
    state.stop ??= reason;
    source.destroy(reason);
  };

  parser.on("field", (name, value, info) => {
    if (info.valueTruncated) abort(new StopUpload(400, "FIELD_TOO_LARGE", `Form field ${name} is too long`));
    else fields[name] = value;
  });
  parser.on("file", (field, stream, info) => {
    const tempPath = options.tempPath();
    const received: ReceivedFile = {
      field,
      tempPath,
      filename: info.filename ?? "upload",
      declaredType: info.mimeType,
      size: 0,
    };
    state.file = received;
    stream.on("data", (chunk: Buffer) => (received.size += chunk.length));
    stream.on("limit", () => abort(tooLarge()));
    state.fileWrite = pipeline(stream, createWriteStream(tempPath));
    state.fileWrite.catch(() => undefined);
  });
  parser.on("filesLimit", () =>
    abort(new StopUpload(400, "TOO_MANY_FILES", "Send exactly one file per upload")),
  );
  parser.on("fieldsLimit", () => abort(new StopUpload(400, "TOO_MANY_FIELDS", "Too many form fields")));
  parser.on("partsLimit", () => abort(new StopUpload(400, "TOO_MANY_FIELDS", "Too many form parts")));

  // Counts raw body bytes so parts busboy does not cap (preamble, many fields) cannot run forever.
  let seen = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      seen += chunk.length;
      if (seen > rawCap) callback(tooLarge());
      else callback(null, chunk);
    },
  });

  try {
    await pipeline(source, counter, parser);
    if (state.fileWrite) await state.fileWrite;
    if (state.stop) throw state.stop;
  } catch (error) {
    // Let the file writer settle first: unlinking before it opens would leave a file behind.
    await Promise.allSettled([state.fileWrite]);
    await removeQuietly(state.file?.tempPath);
    const reason = state.stop ?? (error instanceof StopUpload ? error : null);
    if (reason) throw fail(reason.status, reason.code, reason.message);
    throw fail(400, "INVALID_MULTIPART", "The multipart body is malformed or was cut off before it ended");
  }
  return { fields, file: state.file };
}
