import { isBlockedDestination } from "@/lib/net/guarded-fetch";
import type { VideoRepo, VideoRow } from "../db/videos-repo";
import { scaled, type EmulatorConfig } from "../options";
import { sleep } from "../semaphore";

// Webhook delivery at the terminal state (API.md §4.6): POST the envelope, 30 s per attempt,
// at most 3 attempts with 1 s then 3 s backoff (scaled by the time scale); a non-2xx answer or a
// timeout is a failure. Attempts are persisted, so a restart resumes instead of re-sending.
// Deliveries go through the guarded fetch: public https addresses only, no redirects followed; a
// refused destination fails the delivery at once, without retries.

export const WEBHOOK_TIMEOUT_MS = 30_000;
export const WEBHOOK_BACKOFF_MS = [1000, 3000];
const MAX_ATTEMPTS = WEBHOOK_BACKOFF_MS.length + 1;

export interface WebhookDeps {
  config: EmulatorConfig;
  videos: VideoRepo;
  payloadFor: (row: VideoRow) => unknown;
}

export function createWebhooks({ config, videos, payloadFor }: WebhookDeps) {
  const closing = new AbortController();
  const inFlight = new Map<string, Promise<void>>();

  async function post(row: VideoRow): Promise<"ok" | "failed" | "refused"> {
    const signal = AbortSignal.any([closing.signal, AbortSignal.timeout(WEBHOOK_TIMEOUT_MS)]);
    try {
      const response = await config.webhookFetch(row.callback_url!, {
        method: "POST",
        headers: { "Content-Type": "application/json", "User-Agent": "Token360-Emulator-Webhook/1.0" },
        body: JSON.stringify(payloadFor(row)),
        signal,
      });
      await response.arrayBuffer().catch(() => undefined);
      return response.status >= 200 && response.status < 300 ? "ok" : "failed";
    } catch (error) {
      if (closing.signal.aborted) throw error;
      return isBlockedDestination(error) ? "refused" : "failed";
    }
  }

  async function deliver(videoId: string) {
    const first = videos.byId(videoId);
    if (!first?.callback_url || first.webhook_status !== "pending") return;
    for (let attempt = first.webhook_attempts; attempt < MAX_ATTEMPTS; attempt += 1) {
      if (attempt > 0) await sleep(scaled(config, WEBHOOK_BACKOFF_MS[attempt - 1]!), closing.signal);
      const row = videos.byId(videoId);
      if (!row || row.webhook_status !== "pending") return;
      const outcome = await post(row);
      const last = outcome === "refused" || attempt + 1 >= MAX_ATTEMPTS;
      const status = outcome === "ok" ? "delivered" : last ? "failed" : "pending";
      videos.update(videoId, { webhook_attempts: attempt + 1, webhook_status: status });
      if (status !== "pending") return;
    }
  }

  function schedule(videoId: string) {
    if (closing.signal.aborted || inFlight.has(videoId)) return;
    const run = deliver(videoId)
      .catch(() => undefined)
      .finally(() => inFlight.delete(videoId));
    inFlight.set(videoId, run);
  }

  return {
    schedule,
    /** Picks up deliveries a previous process left unfinished. */
    resume() {
      for (const row of videos.pendingWebhooks()) schedule(row.video_id);
    },
    async close() {
      closing.abort(new Error("Emulator closed"));
      await Promise.allSettled(inFlight.values());
    },
  };
}
export type Webhooks = ReturnType<typeof createWebhooks>;
