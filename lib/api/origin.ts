import { env } from "@/lib/env";
import { requestHost, requestProtocol } from "@/lib/net/forwarded";
import {
  checkNotCrossSite as notCrossSite,
  checkSameOrigin as sameOrigin,
  type OriginVerdict,
} from "@/lib/net/same-origin";

// Same-origin check for every mutation (CSRF defence without tokens): browsers send
// Sec-Fetch-Site on every fetch; older ones send Origin on POST/PATCH/DELETE. The host it is
// compared with is the Host header, or X-Forwarded-Host only behind proxies declared with
// TRUST_PROXY (anyone can write that header otherwise).

export type { OriginVerdict };
export { isMutation } from "@/lib/net/same-origin";

export function checkSameOrigin(headers: Headers, hops = env.TRUST_PROXY): OriginVerdict {
  return sameOrigin(headers, requestHost(headers, hops));
}

/** For the emulator's surface, which scripts call without browser headers. */
export function checkNotCrossSite(headers: Headers, hops = env.TRUST_PROXY): OriginVerdict {
  return notCrossSite(headers, requestHost(headers, hops));
}

/** Whether the browser reached the app over https (APP_URL says so, or a trusted proxy does). */
export function isSecureRequest(request: Request, hops = env.TRUST_PROXY): boolean {
  if (env.APP_URL?.startsWith("https:")) return true;
  return requestProtocol(request.headers, hops, "http") === "https";
}

/** The origin the browser used to reach the app: APP_URL when set, else what the request says. */
export function requestOrigin(request: Request, hops = env.TRUST_PROXY): string {
  if (env.APP_URL) return new URL(env.APP_URL).origin;
  const host = requestHost(request.headers, hops) ?? new URL(request.url).host;
  return `${isSecureRequest(request, hops) ? "https" : "http"}://${host}`;
}
