import type { MiddlewareHandler } from "hono";
import { API_KEY_PATTERN, type TenantRepo } from "../db/tenants";
import type { AppEnv } from "./app-env";

// The documented 401 body (API.md §1.2), byte for byte: no `param`, `code` is a string.
const UNAUTHORIZED = {
  error: { message: "Invalid API key or token provided", type: "invalid_api_key", code: "401" },
};

export function bearerKey(request: Request): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get("authorization") ?? "");
  const key = match?.[1];
  return key && API_KEY_PATTERN.test(key) ? key : null;
}

/** Resolves the caller's tenant from `Authorization: Bearer sk-...`; anything else is a 401. */
export function authenticate(tenants: TenantRepo): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const key = bearerKey(c.req.raw);
    if (!key) return Response.json(UNAUTHORIZED, { status: 401, headers: { "WWW-Authenticate": "Bearer" } });
    c.set("tenant", tenants.forKey(key));
    await next();
  };
}
