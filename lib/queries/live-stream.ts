import type { QueryClient } from "@tanstack/react-query";
import { EVENTS_URL, LIVE_EVENT_NAME, readLiveEvent } from "@/lib/schemas/live-event";
import { assetKeys } from "./assets";
import { applyLiveEvent } from "./live-cache";
import { isLive, setLive } from "./live-status";
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

  const drop = () => {
    if (!isLive()) return;
    setLive(false);
    refreshLive(queryClient);
  };

  const connect = () => {
    const current = new EventSource(EVENTS_URL);
    source = current;
    current.addEventListener("open", () => {
      retryMs = RETRY_FIRST_MS;
      setLive(true);
      refreshLive(queryClient);
    });
    current.addEventListener(LIVE_EVENT_NAME, (message) => {
      const event = readLiveEvent((message as MessageEvent<string>).data);
      if (event) applyLiveEvent(queryClient, event);
    });
    current.addEventListener("error", () => {
      drop();
      if (current.readyState !== EventSource.CLOSED) return;
      retryTimer = setTimeout(connect, retryMs);
      retryMs = Math.min(RETRY_MAX_MS, retryMs * 2);
    });
  };

  connect();
  return () => {
    clearTimeout(retryTimer);
    source?.close();
    source = null;
    setLive(false);
  };
}
