import "server-only";

// Retry policy for idempotent GETs only: bounded attempts, exponential backoff with full
// jitter, and the upstream's Retry-After when it sends one.

export interface RetryPolicy {
  /** Total attempts including the first. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this is not waited for; the 429 goes back to the caller. */
  maxRetryAfterMs: number;
  /** Injectable for tests. */
  random?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  attempts: 3,
  baseDelayMs: 300,
  maxDelayMs: 4000,
  maxRetryAfterMs: 10_000,
};

export const NO_RETRY: RetryPolicy = { ...DEFAULT_RETRY_POLICY, attempts: 1 };

export const isRetryableStatus = (status: number) =>
  status === 429 || status === 500 || status === 502 || status === 503 || status === 504;

/** Retry-After as milliseconds from now: delta-seconds or an HTTP date; null when absent or bad. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (value === null || value.trim() === "") return null;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** Full jitter: a random delay up to the exponential ceiling for this retry (0-based). */
export function backoffDelay(retry: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return Math.round(random() * ceiling);
}

/**
 * How long to wait before the next attempt, or null to stop retrying.
 * `retry` counts retries already made (0 before the first retry).
 */
export function nextDelay(
  retry: number,
  policy: RetryPolicy,
  retryAfterHeader: string | null,
  random: () => number = Math.random,
): number | null {
  if (retry + 1 >= policy.attempts) return null;
  const retryAfter = parseRetryAfter(retryAfterHeader);
  if (retryAfter !== null) return retryAfter <= policy.maxRetryAfterMs ? retryAfter : null;
  return backoffDelay(retry, policy, random);
}

export const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason as Error);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        reject(signal.reason as Error);
      },
      { once: true },
    );
  });
