import "server-only";
import { env } from "@/lib/env";
import { takeJsonPayload } from "@/lib/emulator/http/json-answer";
import { pooledFetch, type AnswerFetch } from "@/lib/net/pooled-fetch";
import { internalEmulatorKey } from "@/lib/workspace/secrets";
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from "./retry";

// The one seam between the app and its upstream, chosen once from validated env: the real
// Token360 (a pooled undici client for JSON, the global fetch for streams) or the embedded
// emulator (its in-process fetch).

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface Upstream {
  mode: "emulator" | "token360";
  /** Human name used in error messages. */
  label: string;
  /** Ends in /v1, no trailing slash. */
  baseUrl: string;
  apiKey: string;
  fetch: FetchLike;
  /** For calls whose answer is read whole and whose body is not a stream; fetch when absent. */
  fetchAnswer?: AnswerFetch;
  timeoutMs: number;
  retry: RetryPolicy;
  /** URLs on this origin are made root-relative for the browser (the embedded emulator). */
  internalOrigin: string | null;
  /**
   * In-process only: the value a successful JSON answer encodes, taken without its text (the
   * embedded emulator hands it over as it would serialize it); undefined = read the text.
   */
  takeJson?: (response: Response) => unknown;
}

export const EMULATOR_ORIGIN = "http://emulator.internal";

const emulatorFetch: FetchLike = async (input, init) => {
  // Loaded lazily so the real-API mode never opens the emulator's database.
  const { getEmulator } = await import("@/lib/emulator");
  return getEmulator().fetch(new Request(input, init));
};

function fromEnv(): Upstream {
  const common = { timeoutMs: env.TOKEN360_TIMEOUT_MS, retry: DEFAULT_RETRY_POLICY };
  if (env.TOKEN360_API_KEY === undefined) {
    return {
      ...common,
      mode: "emulator",
      label: "The embedded emulator",
      baseUrl: `${EMULATOR_ORIGIN}/emulator/v1`,
      apiKey: internalEmulatorKey(),
      fetch: emulatorFetch,
      internalOrigin: EMULATOR_ORIGIN,
      takeJson: takeJsonPayload,
    };
  }
  return {
    ...common,
    mode: "token360",
    label: "Token360",
    baseUrl: env.TOKEN360_BASE_URL,
    apiKey: env.TOKEN360_API_KEY,
    fetch: (input, init) => fetch(input, init),
    fetchAnswer: pooledFetch,
    internalOrigin: null,
  };
}

let current: Upstream | undefined;

export function getUpstream(): Upstream {
  current ??= fromEnv();
  return current;
}

/** Root-relative form of an upstream URL on the emulator's internal origin (e.g. an h5Link). */
export function toBrowserUrl(url: string, upstream: Upstream): string {
  if (upstream.internalOrigin && url.startsWith(`${upstream.internalOrigin}/`)) {
    return url.slice(upstream.internalOrigin.length);
  }
  return url;
}
