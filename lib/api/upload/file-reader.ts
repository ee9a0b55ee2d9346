import "server-only";
import type { Readable } from "node:stream";
import { ApiError } from "@/lib/errors/api-error";
import { readImageDimensions } from "@/lib/media/image-dimensions";
import type { Dimensions } from "@/lib/media/image-rules";
import { imageShapeError, unsupportedUploadType } from "./image-errors";
import { payloadTooLarge } from "./multipart-reader";
import { capOf, mediaOfUpload, SNIFF_BYTES, sniffUploadType, type UploadType } from "./sniff";

// Reads just enough of the incoming file to know its type (and an image's dimensions), then
// hands out the whole byte sequence (head + rest) as one iterable, stopping at the cap of its
// type. Nothing is forwarded before the head has passed every check. Video and audio durations
// are checked by the browser before and by the provider after: they need the whole file.

/** Headers bigger than this (huge EXIF/ICC blocks) are refused rather than buffered. */
const MAX_HEAD_BYTES = 1024 * 1024;

export interface InspectedFile {
  type: UploadType;
  /** Images only. */
  dimensions: Dimensions | null;
  /** Every byte of the file, exactly as received; may be iterated once. */
  bytes: AsyncIterable<Uint8Array>;
}

export async function inspectFile(
  stream: Readable & { truncated?: boolean },
  maxBytes: number,
): Promise<InspectedFile> {
  const iterator = (stream as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let headBytes = 0;
  let ended = false;
  let type: UploadType | null = null;
  let dimensions: Dimensions | null = null;
  while (!dimensions && !(type && mediaOfUpload(type) !== "image")) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
    } else {
      head.push(next.value);
      headBytes += next.value.length;
    }
    const joined = Buffer.concat(head);
    if (type === null && (joined.length >= SNIFF_BYTES || ended)) {
      type = sniffUploadType(joined);
      if (!type) throw unsupportedUploadType();
      if (mediaOfUpload(type) !== "image") break;
    }
    if (type) dimensions = readImageDimensions(joined);
    if (!dimensions && (ended || headBytes >= MAX_HEAD_BYTES)) {
      throw new ApiError(
        "validation_error",
        "Could not read the image's dimensions; the file may be damaged.",
        { limit: "header" },
      );
    }
  }
  if (!type) throw unsupportedUploadType();
  const problem = dimensions && imageShapeError(dimensions);
  if (problem) throw problem;
  const cap = capOf(type);
  let seen = 0;
  const counted = (chunk: Uint8Array) => {
    seen += chunk.length;
    if (cap.exclusive ? seen >= cap.bytes : seen > cap.bytes) throw payloadTooLarge(cap.bytes);
    return chunk;
  };

  async function* bytes(): AsyncGenerator<Uint8Array> {
    for (const chunk of head) yield counted(chunk);
    head.length = 0;
    if (!ended) {
      for (let next = await iterator.next(); !next.done; next = await iterator.next())
        yield counted(next.value);
    }
    // busboy stops at the cap and flags the stream: the upload must fail, not arrive cut short.
    if (stream.truncated) throw payloadTooLarge(maxBytes);
  }
  return { type, dimensions, bytes: bytes() };
}
