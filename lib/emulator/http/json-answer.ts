// JSON answers whose text is written only when someone reads the body. Over HTTP that is always
// (the route streams the body out); the app's in-process transport instead takes the very value
// the text would encode (jsonPayloadOf) and never pays for serializing and re-parsing it. The
// value is keyed by the body stream, which survives any re-wrapping of the Response around it.

const payloads = new WeakMap<ReadableStream<Uint8Array>, unknown>();

const encoder = new TextEncoder();

/** A JSON answer; `data` must be plain JSON values (no undefined, dates or class instances). */
export function jsonAnswer(data: unknown, init: ResponseInit = {}): Response {
  // No queue (highWaterMark 0): the text is made on the first read, not when the stream is made.
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        controller.enqueue(encoder.encode(JSON.stringify(data)));
        controller.close();
      },
    },
    { highWaterMark: 0 },
  );
  payloads.set(body, data);
  const headers = new Headers(init.headers);
  if (!headers.has("content-type")) headers.set("content-type", "application/json");
  return new Response(body, { ...init, headers });
}

/**
 * The value a jsonAnswer's body encodes, while that body is unread; undefined for any other
 * response. Taking it consumes the answer: the body is cancelled and never serialized.
 */
export function takeJsonPayload(response: Response): unknown {
  const body = response.body;
  if (!body || body.locked || !payloads.has(body)) return undefined;
  const data = payloads.get(body);
  payloads.delete(body);
  void body.cancel().catch(() => undefined);
  return data;
}
