import "server-only";
import { randomBytes } from "node:crypto";

// A streamed multipart/form-data body for the upstream upload: text fields first, then the
// file part whose bytes are passed through untouched. Nothing is buffered beyond one chunk.

export interface MultipartFile {
  field: string;
  filename: string;
  contentType: string;
  bytes: AsyncIterable<Uint8Array>;
}

const encoder = new TextEncoder();

/** Quotes a header parameter the way browsers' FormData does. */
const quote = (value: string) => value.replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/"/g, "%22");

export function multipartBody(
  fields: Record<string, string | undefined>,
  file: MultipartFile,
  onEnd?: () => void,
): { body: ReadableStream<Uint8Array>; contentType: string } {
  const boundary = `----PortraitStudio${randomBytes(16).toString("hex")}`;
  async function* parts(): AsyncGenerator<Uint8Array> {
    for (const [name, value] of Object.entries(fields)) {
      if (value === undefined) continue;
      yield encoder.encode(
        `--${boundary}\r\nContent-Disposition: form-data; name="${quote(name)}"\r\n\r\n${value}\r\n`,
      );
    }
    yield encoder.encode(
      `--${boundary}\r\nContent-Disposition: form-data; name="${quote(file.field)}"; filename="${quote(file.filename)}"\r\n` +
        `Content-Type: ${file.contentType}\r\n\r\n`,
    );
    yield* file.bytes;
    yield encoder.encode(`\r\n--${boundary}--\r\n`);
    onEnd?.();
  }
  const iterator = parts();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await iterator.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      } catch (error) {
        controller.error(error);
      }
    },
    // The reader gave up (upstream refused, request aborted): stop the source and run its
    // clean-up, without throwing the reader's reason into it.
    async cancel() {
      await iterator.return(undefined).catch(() => undefined);
    },
  });
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}
