import { LIVE_EVENT_NAME, type LiveEvent } from "@/lib/schemas/live-event";

// GET /api/events as a Server-Sent Events stream: each event the follower tells is one
// `event: change` message; a comment line every heartbeat keeps proxies from closing an idle
// connection and re-checks that the caller may still listen (a signed-out session ends the
// stream). A disconnect, a cancel or a failed write unsubscribes and stops the heartbeat.

export interface EventSourceLike {
  subscribe(listener: (event: LiveEvent) => void): () => void;
}

export interface EventStreamOptions {
  heartbeatMs?: number;
  /** Asked at every heartbeat; false ends the stream. */
  mayListen?: () => boolean;
  /** How long the browser waits before reconnecting (the SSE `retry:` field). */
  retryMs?: number;
}

const DEFAULT_HEARTBEAT_MS = 15_000;
const DEFAULT_RETRY_MS = 3_000;

export const SSE_HEADERS = {
  "content-type": "text/event-stream; charset=utf-8",
  // no-transform: a compressing proxy (or Next's own compression) must not buffer the stream.
  "cache-control": "no-cache, no-transform",
  "x-accel-buffering": "no",
} as const;

export function eventStream(
  request: Request,
  source: EventSourceLike,
  {
    heartbeatMs = DEFAULT_HEARTBEAT_MS,
    mayListen = () => true,
    retryMs = DEFAULT_RETRY_MS,
  }: EventStreamOptions = {},
): Response {
  const encoder = new TextEncoder();
  let close = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false;
      const send = (text: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          close();
        }
      };
      const unsubscribe = source.subscribe((event) =>
        send(`event: ${LIVE_EVENT_NAME}\ndata: ${JSON.stringify(event)}\n\n`),
      );
      const heartbeat = setInterval(() => {
        if (mayListen()) send(": heartbeat\n\n");
        else close();
      }, heartbeatMs);
      close = () => {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        unsubscribe();
        request.signal.removeEventListener("abort", close);
        try {
          controller.close();
        } catch {
          // Already closed by the other side.
        }
      };
      request.signal.addEventListener("abort", close);
      // The first bytes go at once, so the browser sees the stream open without waiting.
      send(`retry: ${retryMs}\n: connected\n\n`);
    },
    cancel() {
      close();
    },
  });
  return new Response(stream, { headers: SSE_HEADERS });
}
