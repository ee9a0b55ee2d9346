import type { QueryClient } from "@tanstack/react-query";
import { EVENTS_URL, LIVE_EVENT_NAME, readLiveEvent } from "@/lib/schemas/live-event";
import { assetKeys } from "./assets";
import { applyLiveEvent } from "./live-cache";
import { setLive } from "./live-status";
import { videoKeys } from "./videos";

// One EventSource per tab on GET /api/events. While it is open the queries stop polling; when
// it drops they poll again until it is back. The browser reconnects by itself after a network
// error; a stream the server refused or ended (a restart, a signed-out session) is reopened
// here with a growing delay.

const RETRY_FIRST_MS = 1000;
const RETRY_MAX_MS = 30_000;

/**
 * Refetches what is on screen: on open, to catch up with what happened while the stream was
 * down (and so the server learns what this page watches); on a drop, so polling starts again.
 */
function refreshLive(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: assetKeys.all });
  void queryClient.invalidateQueries({ queryKey: videoKeys.all });
}

/** Opens the stream; the returned function closes it for good. */
export function openLiveStream(queryClient: QueryClient): () => void {
  let source: EventSource | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let retryMs = RETRY_FIRST_MS;
  // Whether the queries last computed their polling with the stream down (true at first).
  let polling = true;

  const close = () => {
    clearTimeout(retryTimer);
    retryTimer = undefined;
    source?.close();
    source = null;
  };

  const connect = () => {
    close();
    const current = new EventSource(EVENTS_URL);
    source = current;
    current.addEventListener("open", () => {
      retryMs = RETRY_FIRST_MS;
      setLive(true);
      polling = false;
      refreshLive(queryClient);
    });
    current.addEventListener(LIVE_EVENT_NAME, (message) => {
      const event = readLiveEvent((message as MessageEvent<string>).data);
      if (event) applyLiveEvent(queryClient, event);
    });
    current.addEventListener("error", () => {
      setLive(false);
      if (!polling) {
        polling = true;
        refreshLive(queryClient);
      }
      if (current.readyState !== EventSource.CLOSED || source !== current) return;
      source = null;
      retryTimer = setTimeout(connect, retryMs);
      retryMs = Math.min(RETRY_MAX_MS, retryMs * 2);
    });
  };

  // A hidden tab lets go of its stream: a browser opens at most six connections to one host
  // over HTTP/1.1, and a hidden tab does not poll either. Shown again, it reconnects and
  // catches up (or polls until the stream is back).
  const onVisibilityChange = () => {
    if (document.visibilityState === "hidden") {
      close();
      setLive(false);
      polling = false;
    } else if (!source && retryTimer === undefined) {
      connect();
    }
  };

  document.addEventListener("visibilitychange", onVisibilityChange);
  if (document.visibilityState !== "hidden") connect();
  return () => {
    document.removeEventListener("visibilitychange", onVisibilityChange);
    close();
    setLive(false);
  };
}
