import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";
import { sessionSecret } from "@/lib/workspace/secrets";

// Signed, expiring links under PUBLIC_URL through which a provider fetches a file the user
// uploaded, when the provider's own upload answer has no fetchable URL. Anyone holding a link
// may read that one file until it expires; nothing else is reachable through it.

export const MEDIA_LINK_TTL_SECONDS = 6 * 60 * 60;

// A key of its own, derived from the server's session secret, so the two uses never mix.
const key = () => createHmac("sha256", sessionSecret()).update("media-link").digest();
const mac = (assetId: string, exp: number) =>
  createHmac("sha256", key()).update(`${assetId}\n${exp}`).digest("hex").slice(0, 48);

/** The link for an asset, or null when no PUBLIC_URL is configured. */
export function signedMediaUrl(assetId: string, now = Date.now()): string | null {
  if (!env.PUBLIC_URL) return null;
  const exp = Math.floor(now / 1000) + MEDIA_LINK_TTL_SECONDS;
  const base = env.PUBLIC_URL.replace(/\/+$/, "");
  return `${base}/api/media/${assetId}?exp=${exp}&sig=${mac(assetId, exp)}`;
}

export function checkMediaLink(
  assetId: string,
  exp: string | undefined,
  sig: string | undefined,
  now = Date.now(),
) {
  if (!exp || !sig || !/^\d{1,12}$/.test(exp)) return false;
  const expected = Buffer.from(mac(assetId, Number(exp)));
  const given = Buffer.from(sig);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return false;
  return Number(exp) * 1000 >= now;
}
