import "server-only";
import { RateLimiterMemory, type RateLimiterRes } from "rate-limiter-flexible";

// Limits password guessing (OWASP authentication cheat sheet): failed sign-ins are counted per
// client and for the whole server within a window. Past either limit every attempt, right or
// wrong, gets a 429 with Retry-After until the window ends, so a guesser learns nothing more. A
// correct password clears that client's count. The global count is the backstop against guesses
// spread over many addresses; it can also hold the owner out for one window, the price of it.

export interface SignInLimits {
  perClient: number;
  global: number;
  windowSeconds: number;
}

export const SIGN_IN_LIMITS: SignInLimits = { perClient: 10, global: 100, windowSeconds: 15 * 60 };

const GLOBAL_KEY = "all";

export function createSignInLimiter(limits: SignInLimits) {
  const perClient = new RateLimiterMemory({ points: limits.perClient, duration: limits.windowSeconds });
  const global = new RateLimiterMemory({ points: limits.global, duration: limits.windowSeconds });
  const waitOf = (res: RateLimiterRes | null, points: number) =>
    res && res.consumedPoints >= points ? Math.max(1, Math.ceil(res.msBeforeNext / 1000)) : 0;
  const consume = (limiter: RateLimiterMemory, key: string) =>
    limiter.consume(key).then(
      (res) => res.consumedPoints,
      (res: RateLimiterRes) => res.consumedPoints,
    );

  return {
    /** Seconds until `client` may try again; 0 when it may try now. */
    async retryAfter(client: string): Promise<number> {
      const [mine, all] = await Promise.all([perClient.get(client), global.get(GLOBAL_KEY)]);
      return Math.max(waitOf(mine, limits.perClient), waitOf(all, limits.global));
    },
    /** Counts a failure; returns the client's failures in the current window. */
    async failed(client: string): Promise<number> {
      const [mine] = await Promise.all([consume(perClient, client), consume(global, GLOBAL_KEY)]);
      return mine;
    },
    async succeeded(client: string): Promise<void> {
      await perClient.delete(client);
    },
  };
}
export type SignInLimiter = ReturnType<typeof createSignInLimiter>;

// One limiter per process, shared by every copy of this module Next may load.
const store = globalThis as typeof globalThis & { __portraitStudioSignInLimiter?: SignInLimiter };

export function signInLimiter(): SignInLimiter {
  store.__portraitStudioSignInLimiter ??= createSignInLimiter(SIGN_IN_LIMITS);
  return store.__portraitStudioSignInLimiter;
}
