import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import type { LookupFunction } from "node:net";
import { Agent, fetch as undiciFetch } from "undici";
import { isAddressAllowed, isIpLiteral, type AddressPolicy } from "./ip-policy";

// The one way the server fetches a URL that a user gave it (emulator inputs, webhooks). The
// address is checked where the socket is opened: the DNS answer itself goes through the policy
// (a name that resolves, or later re-resolves, to 127.0.0.1 is refused), IP literals are checked
// before any connection, and redirects are followed by hand so every hop is checked again.

export class BlockedDestinationError extends Error {
  readonly code = "ERR_BLOCKED_DESTINATION";
  constructor(message: string) {
    super(message);
    this.name = "BlockedDestinationError";
  }
}

export interface GuardedFetchOptions extends AddressPolicy {
  /** Redirects followed, each re-checked; with 0 a redirect answer is returned as it is. */
  maxRedirects?: number;
  /** Only https:// (webhooks); plain http stays possible for loopback under `allowLoopback`. */
  httpsOnly?: boolean;
}

export interface GuardedInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
}

export type GuardedFetch = (url: string, init?: GuardedInit) => Promise<Response>;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const LOOPBACK_NAMES = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** True when the error (or its cause, as fetch wraps it) is a refused destination. */
export function isBlockedDestination(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 4; depth += 1) {
    if (current instanceof BlockedDestinationError) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

function guardedLookup(policy: AddressPolicy): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, "", 0);
      const refused = addresses.length === 0 || addresses.some((a) => !isAddressAllowed(a.address, policy));
      if (refused) {
        return callback(new BlockedDestinationError(`${hostname} resolves to a refused address`), "", 0);
      }
      if (options.all) return (callback as (e: null, a: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

function checkUrl(url: URL, options: GuardedFetchOptions): void {
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new BlockedDestinationError(`${url.protocol} URLs are not fetched`);
  }
  if (url.username || url.password)
    throw new BlockedDestinationError("URLs with credentials are not fetched");
  const loopbackName = LOOPBACK_NAMES.has(url.hostname);
  if (options.httpsOnly && url.protocol !== "https:" && !(options.allowLoopback && loopbackName)) {
    throw new BlockedDestinationError("only https:// URLs are allowed");
  }
  // Node connects to an IP literal without a lookup, so literals are judged here.
  if (isIpLiteral(url.hostname) && !isAddressAllowed(url.hostname, options)) {
    throw new BlockedDestinationError(`${url.hostname} is a refused address`);
  }
}

export function createGuardedFetch(options: GuardedFetchOptions): GuardedFetch {
  const maxRedirects = options.maxRedirects ?? 3;
  const agent = new Agent({
    connect: { lookup: guardedLookup(options), timeout: 10_000 },
    keepAliveTimeout: 1_000,
  });

  return async function guardedFetch(input, init = {}) {
    let url = new URL(input);
    let { method = "GET", body } = init;
    for (let hop = 0; ; hop += 1) {
      checkUrl(url, options);
      const response = (await undiciFetch(url, {
        method,
        headers: init.headers,
        body,
        signal: init.signal,
        redirect: "manual",
        dispatcher: agent,
      })) as unknown as Response;
      const location = response.headers.get("location");
      if (!REDIRECTS.has(response.status) || !location || maxRedirects === 0) return response;
      await response.body?.cancel().catch(() => undefined);
      if (hop >= maxRedirects) throw new BlockedDestinationError(`more than ${maxRedirects} redirects`);
      url = new URL(location, url);
      if (response.status === 303 || (response.status <= 302 && method === "POST")) {
        method = "GET";
        body = undefined;
      }
    }
  };
}
