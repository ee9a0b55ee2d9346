import { env } from "@/lib/env";
import { ApiError } from "@/lib/errors/api-error";
import { requestHost } from "@/lib/net/forwarded";
import { createHostAllowlist } from "@/lib/net/host-allowlist";

// DNS rebinding defence, run before any route: the host the browser addressed must be one of
// this server's names (the loopback names, APP_URL's host, ALLOWED_HOSTS). proxy.ts applies it
// to pages; the route wrapper and the emulator route apply it again, because the upload routes
// stay outside the proxy's matcher.

const allowlist = createHostAllowlist({ appUrl: env.APP_URL, allowedHosts: env.ALLOWED_HOSTS });

export const isAllowedHost = (headers: Headers) => allowlist.allows(requestHost(headers, env.TRUST_PROXY));

export const FORBIDDEN_HOST_MESSAGE =
  "This server does not answer to that address. Open it by one of its configured names (APP_URL or ALLOWED_HOSTS).";

export function assertAllowedHost(headers: Headers): void {
  if (!isAllowedHost(headers)) throw new ApiError("forbidden", FORBIDDEN_HOST_MESSAGE);
}
