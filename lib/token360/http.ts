import "server-only";
import { ApiError } from "@/lib/errors/api-error";
import type { Answer } from "@/lib/net/pooled-fetch";
import { toUpstreamError } from "./errors";
import { isRetryableStatus, nextDelay, sleep as realSleep } from "./retry";
import type { Upstream } from "./upstream";

// The transport under every endpoint function: URL building, the bearer key, timeouts,
// retries for GET only, and upstream error mapping. Nothing here ever prints the key.

/** What the transport needs of a provider; another provider family (lib/ark) reuses it. */
export type Transport = Pick<
  Upstream,
  "label" | "baseUrl" | "apiKey" | "fetch" | "fetchAnswer" | "timeoutMs" | "retry"
>;

export interface UpstreamCall {
  method: "GET" | "POST" | "PATCH" | "DELETE";
  /** Path below the base URL, segments already validated (see segment()). */
  path: string;
  query?: Record<string, string | number | boolean | undefined | null>;
  json?: unknown;
  /** A raw body (e.g. a streamed multipart upload); needs its own content-type header. */
  body?: BodyInit;
  headers?: Record<string, string>;
  /** The caller's signal, e.g. the browser request's: aborting it aborts the upstream call. */
  signal?: AbortSignal;
  /** null: no timer here, the caller times the call itself (streamed uploads). */
  timeoutMs?: number | null;
}

/** Encodes one path segment. IDs are validated before they get here; this is a second fence. */
export const segment = (value: string) => encodeURIComponent(value);

export function buildUrl(upstream: Transport, path: string, query?: UpstreamCall["query"]): string {
  const url = new URL(`${upstream.baseUrl}${path}`);
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== "") url.searchParams.set(key, String(value));
  }
  return url.toString();
}

type Timed<A extends Answer = Response> = { response: A; clearTimer: () => void; signal: AbortSignal };

type SendInit = RequestInit & { headers: Record<string, string>; duplex?: "half" };
type Opener<A extends Answer> = (url: string, init: SendInit) => Promise<A>;

/**
 * Settles with the fetch, or rejects as soon as the signal aborts even if that fetch ignores
 * its signal (the in-process emulator does); a late answer's body is released.
 */
function untilAborted<T>(pending: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      reject(signal.reason as Error);
      pending.then((late) => (late as Partial<Answer> | undefined)?.body?.cancel()).catch(() => undefined);
    };
    signal.addEventListener("abort", onAbort, { once: true });
    pending.then(
      (response) => {
        signal.removeEventListener("abort", onAbort);
        resolve(response);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error as Error);
      },
    );
  });
}

/** One attempt; the timer keeps running until clearTimer() so callers can time the body too. */
async function attempt<A extends Answer>(
  upstream: Transport,
  call: UpstreamCall,
  open: Opener<A>,
): Promise<Timed<A>> {
  const timeout = new AbortController();
  const timeoutMs = call.timeoutMs === undefined ? upstream.timeoutMs : call.timeoutMs;
  const timer =
    timeoutMs === null
      ? undefined
      : setTimeout(() => timeout.abort(new DOMException("timeout", "TimeoutError")), timeoutMs);
  const signal = call.signal ? AbortSignal.any([call.signal, timeout.signal]) : timeout.signal;
  const headers: Record<string, string> = {
    accept: "application/json",
    ...call.headers,
    authorization: `Bearer ${upstream.apiKey}`,
  };
  let body = call.body;
  if (call.json !== undefined) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(call.json);
  }
  const streamed = body instanceof ReadableStream;
  // With redirect "follow", fetch clones the request so it could resend it after a redirect;
  // the clone tees a streamed body and keeps every byte in memory. Uploads never redirect.
  const init: SendInit = {
    method: call.method,
    headers,
    body,
    signal,
    redirect: streamed ? "error" : "follow",
  };
  if (streamed) init.duplex = "half";
  try {
    const response = await untilAborted(open(buildUrl(upstream, call.path, call.query), init), signal);
    return { response, clearTimer: () => clearTimeout(timer), signal };
  } catch (error) {
    clearTimeout(timer);
    // The caller's reason wins: a disconnect, or an ApiError such as an upload's own timeout.
    if (call.signal?.aborted) throw call.signal.reason ?? error;
    if (timeout.signal.aborted) {
      throw new ApiError(
        "upstream_timeout",
        `${upstream.label} did not answer within ${Math.round(upstream.timeoutMs / 1000)} s. Try again.`,
      );
    }
    throw new ApiError("upstream_unavailable", `Could not reach ${upstream.label}. Try again in a moment.`);
  }
}

const isConnectionFailure = (error: unknown) =>
  error instanceof ApiError && error.code === "upstream_unavailable";

/**
 * Sends a call and returns the response with a still-running timer. GETs are retried on
 * 429/5xx and network errors; every other method is sent exactly once.
 */
export function send(upstream: Transport, call: UpstreamCall): Promise<Timed> {
  return sendWith(upstream, call, upstream.fetch);
}

/**
 * As send(), for an answer that is read whole: on the upstream's pooled client when it has one
 * and the body is not a stream (uploads stream through fetch).
 */
export function sendForAnswer(upstream: Transport, call: UpstreamCall): Promise<Timed<Answer>> {
  const { fetchAnswer } = upstream;
  if (!fetchAnswer || call.body !== undefined) return sendWith<Answer>(upstream, call, upstream.fetch);
  return sendWith(upstream, call, (url, init) =>
    fetchAnswer(url, {
      method: init.method,
      headers: init.headers,
      body: typeof init.body === "string" ? init.body : undefined,
      signal: init.signal,
    }),
  );
}

async function sendWith<A extends Answer>(
  upstream: Transport,
  call: UpstreamCall,
  open: Opener<A>,
): Promise<Timed<A>> {
  const policy = call.method === "GET" ? upstream.retry : { ...upstream.retry, attempts: 1 };
  const wait = policy.sleep ?? realSleep;
  for (let retry = 0; ; retry += 1) {
    let outcome: Timed<A>;
    try {
      outcome = await attempt(upstream, call, open);
    } catch (error) {
      // A timeout already cost the full time budget; only connection failures are retried.
      const delay = isConnectionFailure(error) ? nextDelay(retry, policy, null, policy.random) : null;
      if (delay === null) throw error;
      await wait(delay, call.signal);
      continue;
    }
    const { response } = outcome;
    if (!isRetryableStatus(response.status)) return outcome;
    const delay = nextDelay(retry, policy, response.headers.get("retry-after"), policy.random);
    if (delay === null) return outcome;
    outcome.clearTimer();
    // Not awaited: a cancel may wait on a reader that never comes; the socket is freed anyway.
    response.body?.cancel().catch(() => undefined);
    await wait(delay, call.signal);
  }
}

/** Reads a JSON answer (timed as a whole); non-2xx answers become ApiErrors. */
export async function requestJson(upstream: Upstream, call: UpstreamCall): Promise<unknown> {
  const { response, clearTimer, signal } = await sendForAnswer(upstream, call);
  try {
    // The embedded emulator's answers arrive as values: no JSON text to write and parse again.
    const payload =
      response.ok && upstream.takeJson && response instanceof Response
        ? upstream.takeJson(response)
        : undefined;
    if (payload !== undefined) return payload;
    const text = await untilAborted(response.text(), signal);
    const body = parseJson(text);
    if (!response.ok) throw toUpstreamError(upstream, response.status, body, response.headers);
    if (text.trim() !== "" && body === undefined) {
      throw new ApiError(
        "upstream_error",
        `${upstream.label} answered with something that is not JSON (HTTP ${response.status}).`,
      );
    }
    return body ?? null;
  } catch (error) {
    if (error instanceof ApiError || call.signal?.aborted) throw error;
    if (signal.aborted) {
      throw new ApiError(
        "upstream_timeout",
        `${upstream.label} did not finish its answer in time. Try again.`,
      );
    }
    // Not the clock: the answer broke off, or its Content-Encoding could not be undone.
    throw new ApiError(
      "upstream_error",
      `${upstream.label} sent an answer that broke off or could not be decoded (HTTP ${response.status}). Try again.`,
    );
  } finally {
    clearTimer();
  }
}

/** Opens a streamed answer (only the headers are timed); non-2xx answers become ApiErrors. */
export async function requestStream(
  upstream: Upstream,
  call: UpstreamCall,
  okStatuses: number[] = [],
): Promise<Response> {
  const { response, clearTimer } = await send(upstream, call);
  clearTimer();
  if (response.ok || okStatuses.includes(response.status)) return response;
  const body = parseJson(await response.text().catch(() => ""));
  throw toUpstreamError(upstream, response.status, body, response.headers);
}

function parseJson(text: string): unknown {
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
