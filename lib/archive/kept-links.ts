import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";
import { sessionSecret } from "@/lib/workspace/secrets";

// Signed, expiring links under PUBLIC_URL to a kept video, so a provider can fetch it back as an
// Edit/Extend source after its own copy is gone ("Use as input"). Anyone holding one may read
// that one video until it expires; nothing else is reachable through it.

export const KEPT_LINK_TTL_SECONDS = 6 * 60 * 60;

// A key of its own, derived from the server's session secret, so the uses never mix.
const key = () => createHmac("sha256", sessionSecret()).update("kept-video-link").digest();
const mac = (videoId: string, exp: number) =>
  createHmac("sha256", key()).update(`${videoId}\n${exp}`).digest("hex").slice(0, 48);

/** The link for a kept video, or null when no PUBLIC_URL is configured. */
export function signedKeptUrl(videoId: string, now = Date.now()): string | null {
  if (!env.PUBLIC_URL) return null;
  const exp = Math.floor(now / 1000) + KEPT_LINK_TTL_SECONDS;
  const base = env.PUBLIC_URL.replace(/\/+$/, "");
  return `${base}/api/videos/${encodeURIComponent(videoId)}/kept?exp=${exp}&sig=${mac(videoId, exp)}`;
}

export function checkKeptLink(videoId: string, exp: string, sig: string, now = Date.now()): boolean {
  if (!/^\d{1,12}$/.test(exp)) return false;
  const expected = Buffer.from(mac(videoId, Number(exp)));
  const given = Buffer.from(sig);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return false;
  return Number(exp) * 1000 >= now;
}
