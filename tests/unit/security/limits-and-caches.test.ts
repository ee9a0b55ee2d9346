// @vitest-environment node
import { describe, expect, it } from "vitest";
import { cachedFor } from "@/lib/api/cached";
import { createSignInLimiter } from "@/lib/api/sign-in-limiter";

// Item 4: failed sign-ins are limited per client and for the whole server. Item 10: the health
// ping is shared by every caller for 15 s.

describe("the sign-in limiter", () => {
  it("blocks a client after its failures, for the rest of the window, and not another client", async () => {
    const limiter = createSignInLimiter({ perClient: 3, global: 100, windowSeconds: 60 });
    for (let i = 0; i < 3; i += 1) {
      expect(await limiter.retryAfter("10.0.0.1")).toBe(0);
      await limiter.failed("10.0.0.1");
    }
    const wait = await limiter.retryAfter("10.0.0.1");
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(60);
    expect(await limiter.retryAfter("10.0.0.2")).toBe(0);
  });

  it("blocks everyone once failures from many addresses reach the global limit", async () => {
    const limiter = createSignInLimiter({ perClient: 3, global: 5, windowSeconds: 60 });
    for (let i = 0; i < 5; i += 1) await limiter.failed(`192.0.2.${i}`);
    expect(await limiter.retryAfter("198.51.100.1")).toBeGreaterThan(0);
  });

  it("clears a client's count when it signs in", async () => {
    const limiter = createSignInLimiter({ perClient: 2, global: 100, windowSeconds: 60 });
    await limiter.failed("10.0.0.1");
    await limiter.succeeded("10.0.0.1");
    await limiter.failed("10.0.0.1");
    expect(await limiter.retryAfter("10.0.0.1")).toBe(0);
  });
});

describe("cachedFor", () => {
  it("makes one call for a burst and for 15 s after, then a new one", async () => {
    let clock = 1_000;
    let calls = 0;
    const ping = cachedFor(
      15_000,
      async () => ++calls,
      () => clock,
    );
    expect(await Promise.all([ping(), ping(), ping()])).toEqual([1, 1, 1]);
    clock += 14_999;
    expect(await ping()).toBe(1);
    clock += 2;
    expect(await ping()).toBe(2);
    expect(calls).toBe(2);
  });
});
