import { NO_FIXED_EXPIRY } from "@/lib/schemas/asset-group-values";

/** An asset's retention in words: "No fixed expiry", "Expires Nov 30, 2026" or "Expired …". */
export function expiryLabel(expiresAt: string | null, now = Date.now(), timeZone?: string): string {
  if (!expiresAt) return NO_FIXED_EXPIRY;
  const when = Date.parse(expiresAt);
  if (Number.isNaN(when)) return NO_FIXED_EXPIRY;
  const date = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone }).format(when);
  return `${when > now ? "Expires" : "Expired"} ${date}`;
}
