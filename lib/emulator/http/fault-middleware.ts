import type { MiddlewareHandler } from "hono";
import { sleep } from "../semaphore";
import type { AppEnv } from "./app-env";
import { errorFor, errorResponse, familyOfPath } from "./errors";
import type { Faults } from "./faults";

/** Applies injected faults to API traffic, in the error shape of the route that was called. */
export function injectFaults(faults: Faults): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const fault = faults.takeRequestFault();
    const family = familyOfPath(c.req.path);
    if (fault === "429") {
      const retryAfter = faults.get().retryAfterSeconds;
      const error = errorFor(
        family,
        429,
        "rate_limit_exceeded",
        `Rate limit reached; retry after ${retryAfter} s (simulated)`,
      );
      error.details.headers = { "Retry-After": String(retryAfter) };
      return errorResponse(error);
    }
    if (fault === "500") {
      return errorResponse(errorFor(family, 500, "internal_error", "Internal server error (simulated)"));
    }
    if (fault === "slow") await sleep(faults.get().slowMs, c.req.raw.signal).catch(() => undefined);
    await next();
  };
}
