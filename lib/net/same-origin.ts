// Cross-site request checks from the headers a browser sets itself (OWASP's "verify origin with
// standard headers"). `host` is the host the browser addressed, as the caller trusts it (the Host
// header, or X-Forwarded-Host behind a declared proxy).

export type OriginVerdict = { ok: true } | { ok: false; reason: string };

const OK: OriginVerdict = { ok: true };

function originMatches(origin: string, host: string | null): OriginVerdict {
  if (origin === "null") return { ok: false, reason: "Origin is null" };
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return { ok: false, reason: "Origin is not a URL" };
  }
  return host !== null && originHost.toLowerCase() === host.toLowerCase()
    ? OK
    : { ok: false, reason: "Origin does not match the host" };
}

/**
 * Strict, for the app's own API: Sec-Fetch-Site must say same-origin, or, from a browser too old
 * to send it, Origin must equal the host. A request with neither header is refused.
 */
export function checkSameOrigin(headers: Headers, host: string | null): OriginVerdict {
  const site = headers.get("sec-fetch-site");
  if (site !== null) return site === "same-origin" ? OK : { ok: false, reason: `Sec-Fetch-Site is ${site}` };
  const origin = headers.get("origin");
  if (origin === null) return { ok: false, reason: "the request has neither Sec-Fetch-Site nor Origin" };
  return originMatches(origin, host);
}

/**
 * Lenient, for APIs that scripts call with a bearer key or a token (the emulator): whatever a
 * browser marks as coming from another site is refused; a client that sends neither header
 * (curl, an SDK) is not a browser being abused and passes.
 */
export function checkNotCrossSite(headers: Headers, host: string | null): OriginVerdict {
  const site = headers.get("sec-fetch-site");
  if (site !== null) {
    return site === "same-origin" || site === "none"
      ? OK
      : { ok: false, reason: `Sec-Fetch-Site is ${site}` };
  }
  const origin = headers.get("origin");
  return origin === null ? OK : originMatches(origin, host);
}

export const isMutation = (method: string) => !["GET", "HEAD", "OPTIONS"].includes(method.toUpperCase());
