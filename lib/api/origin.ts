// Same-origin check for every mutation (CSRF defence without tokens).
// Browsers send Sec-Fetch-Site on every fetch; older ones send Origin on POST/PATCH/DELETE.

export type OriginVerdict = { ok: true } | { ok: false; reason: string };

/** The host the request was addressed to, as the browser saw it (proxies set X-Forwarded-Host). */
function requestHost(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  return forwarded || headers.get("host");
}

export function checkSameOrigin(headers: Headers): OriginVerdict {
  const site = headers.get("sec-fetch-site");
  if (site !== null) {
    return site === "same-origin" ? { ok: true } : { ok: false, reason: `Sec-Fetch-Site is ${site}` };
  }
  const origin = headers.get("origin");
  if (origin === null) return { ok: false, reason: "the request has neither Sec-Fetch-Site nor Origin" };
  if (origin === "null") return { ok: false, reason: "Origin is null" };
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return { ok: false, reason: "Origin is not a URL" };
  }
  const host = requestHost(headers);
  return host !== null && originHost.toLowerCase() === host.toLowerCase()
    ? { ok: true }
    : { ok: false, reason: "Origin does not match the host" };
}

export const isMutation = (method: string) => !["GET", "HEAD", "OPTIONS"].includes(method.toUpperCase());

/** The origin the browser used to reach the app (behind a proxy: X-Forwarded-Proto/Host). */
export function requestOrigin(request: Request): string {
  const url = new URL(request.url);
  const host = requestHost(request.headers) ?? url.host;
  const proto =
    request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || url.protocol.replace(":", "");
  return `${proto}://${host}`;
}
