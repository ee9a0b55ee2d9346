import { createSemaphore } from "../semaphore";
import { errorFor, type ErrorFamily } from "./errors";

// JSON bodies are read as a stream with a hard cap (a chunked body has no Content-Length to
// trust) and answered with the route family's error shape on every kind of bad input. A body is
// buffered whole before it is parsed, so memory is bounded twice: no body above 16 MB, and only
// a few large ones at a time; a short line waits for a turn, a longer one is told to come back.

const JSON_TYPES = /^(application\/(.+\+)?json|text\/plain)$/i;

/** The largest body any route buffers, whatever it asks for. */
export const MAX_BUFFERED_BODY_BYTES = 16 * 1024 * 1024;
/** Bodies allowed above this size take a turn in `largeBodies`. */
const LARGE_BODY_BYTES = 1024 * 1024;
export const LARGE_BODIES_IN_FLIGHT = 4;
export const LARGE_BODIES_WAITING = 16;
const largeBodies = createSemaphore(LARGE_BODIES_IN_FLIGHT);

export const mediaTypeOf = (request: Request) =>
  (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();

const declaredLength = (request: Request) => Number(request.headers.get("content-length") ?? "0");

/** Reads the whole body, refusing it with 413 once it passes `maxBytes` (at most 16 MB). */
export async function readCapped(
  request: Request,
  maxBytes: number,
  family: ErrorFamily,
): Promise<Uint8Array> {
  const cap = Math.min(maxBytes, MAX_BUFFERED_BODY_BYTES);
  if (cap <= LARGE_BODY_BYTES || declaredLength(request) > cap) return readWhole(request, cap, family);
  if (largeBodies.waiting >= LARGE_BODIES_WAITING) {
    const busy = errorFor(
      family,
      429,
      "rate_limit_exceeded",
      "Too many large requests at once; retry shortly",
    );
    busy.details.headers = { "Retry-After": "1" };
    throw busy;
  }
  const release = await largeBodies.acquire(request.signal).catch(() => {
    throw errorFor(family, 400, "invalid_body", "The request was cancelled before its body was read");
  });
  try {
    return await readWhole(request, cap, family);
  } finally {
    release();
  }
}

async function readWhole(request: Request, maxBytes: number, family: ErrorFamily): Promise<Uint8Array> {
  const tooLarge = () => errorFor(family, 413, "payload_too_large", `Request body exceeds ${maxBytes} bytes`);
  if (declaredLength(request) > maxBytes) throw tooLarge();
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch {
      throw errorFor(
        family,
        400,
        "invalid_body",
        "The request body could not be read (connection closed early?)",
      );
    }
    if (chunk.done) break;
    size += chunk.value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(chunk.value);
  }
  return Buffer.concat(chunks);
}

/** Parses a JSON object body; wrong content types get 415, malformed JSON 400. */
export async function readJsonObject(
  request: Request,
  maxBytes: number,
  family: ErrorFamily,
): Promise<Record<string, unknown>> {
  const type = mediaTypeOf(request);
  // A missing type is tolerated (curl without -H); form encodings are not JSON.
  if (type && !JSON_TYPES.test(type)) {
    throw errorFor(
      family,
      415,
      "unsupported_media_type",
      `Send a JSON body with Content-Type: application/json (got ${type})`,
    );
  }
  const bytes = await readCapped(request, maxBytes, family);
  const text = Buffer.from(bytes).toString("utf8").trim();
  if (!text) throw errorFor(family, 400, "invalid_json", "The request body must be a JSON object");
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw errorFor(family, 400, "invalid_json", `Malformed JSON body: ${(error as Error).message}`);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw errorFor(family, 400, "invalid_json", "The request body must be a JSON object");
  }
  return parsed as Record<string, unknown>;
}
