import "server-only";
import { env } from "@/lib/env";
import { pooledFetch } from "@/lib/net/pooled-fetch";
import { DEFAULT_RETRY_POLICY } from "@/lib/token360/retry";
import type { Transport } from "@/lib/token360/http";
import type { ArkSettings } from "./env-ark";

// The native provider chosen from validated env (VIDEO_PROVIDER=ark): its host, key, model ids
// and timeouts. The transport (timeouts, GET-only retries with Retry-After) is lib/token360's,
// which is provider-neutral.

export interface ArkUpstream extends Transport {
  settings: ArkSettings;
}

/** With a fetch of its own (tests), every call goes through it; otherwise JSON calls are pooled. */
export function arkUpstreamOf(settings: ArkSettings, fetchImpl?: Transport["fetch"]): ArkUpstream {
  return {
    label: settings.label,
    baseUrl: settings.baseUrl,
    apiKey: settings.apiKey,
    fetch: fetchImpl ?? ((input, init) => fetch(input, init)),
    ...(fetchImpl ? {} : { fetchAnswer: pooledFetch }),
    timeoutMs: settings.timeoutMs,
    retry: DEFAULT_RETRY_POLICY,
    settings,
  };
}

let current: ArkUpstream | undefined;

/** The configured native provider; only called when env.ark is set. */
export function getArkUpstream(): ArkUpstream {
  if (!env.ark) throw new Error("VIDEO_PROVIDER is not ark");
  current ??= arkUpstreamOf(env.ark);
  return current;
}
