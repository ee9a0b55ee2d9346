import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";
import { sessionSecret } from "@/lib/workspace/secrets";

// Signed, expiring links under PUBLIC_URL through which a provider fetches one file back from
// this server (an uploaded file, a kept video). Anyone holding a link may read that one file until
// it expires; nothing else is reachable through it. Each use has a key of its own, derived from
// the server's session secret, so links of one use never open another.

export const SIGNED_LINK_TTL_SECONDS = 6 * 60 * 60;

export interface SignedLinks {
  /** The link for `id`, or null when no PUBLIC_URL is configured. */
  url: (id: string, now?: number) => string | null;
  /** Whether `exp` and `sig` came from `url(id)` and have not expired. */
  check: (id: string, exp: string | undefined, sig: string | undefined, now?: number) => boolean;
}

export function signedLinks(use: string, pathOf: (id: string) => string): SignedLinks {
  const key = () => createHmac("sha256", sessionSecret()).update(use).digest();
  const mac = (id: string, exp: number) =>
    createHmac("sha256", key()).update(`${id}\n${exp}`).digest("hex").slice(0, 48);

  return {
    url: (id, now = Date.now()) => {
      if (!env.PUBLIC_URL) return null;
      const exp = Math.floor(now / 1000) + SIGNED_LINK_TTL_SECONDS;
      const base = env.PUBLIC_URL.replace(/\/+$/, "");
      return `${base}${pathOf(id)}?exp=${exp}&sig=${mac(id, exp)}`;
    },
    check: (id, exp, sig, now = Date.now()) => {
      if (!exp || !sig || !/^\d{1,12}$/.test(exp)) return false;
      const expected = Buffer.from(mac(id, Number(exp)));
      const given = Buffer.from(sig);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return false;
      return Number(exp) * 1000 >= now;
    },
  };
}
