import "server-only";
import { ApiError } from "@/lib/errors/api-error";
import { requestJson } from "./http";
import { NO_RETRY } from "./retry";
import { getUpstream, type Upstream } from "./upstream";

export interface UpstreamHealth {
  ok: boolean;
  latencyMs: number;
  message?: string;
}

/** A cheap authenticated read (GET /v1/videos?limit=1, as API.md §2.1.4 suggests), not retried. */
export async function pingUpstream(upstream: Upstream = getUpstream()): Promise<UpstreamHealth> {
  const started = performance.now();
  const latency = () => Math.round(performance.now() - started);
  try {
    await requestJson(
      { ...upstream, retry: NO_RETRY, timeoutMs: Math.min(upstream.timeoutMs, 5000) },
      { method: "GET", path: "/videos", query: { limit: 1 } },
    );
    return { ok: true, latencyMs: latency() };
  } catch (error) {
    const message = error instanceof ApiError ? error.message : `Could not reach ${upstream.label}.`;
    return { ok: false, latencyMs: latency(), message };
  }
}
