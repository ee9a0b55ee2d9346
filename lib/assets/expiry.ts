import { NO_FIXED_EXPIRY } from "@/lib/schemas/asset-group";

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium" });

/** An asset's retention in words: "No fixed expiry", "Expires Nov 30, 2026" or "Expired …". */
export function expiryLabel(expiresAt: string | null, now = Date.now()): string {
  if (!expiresAt) return NO_FIXED_EXPIRY;
  const when = Date.parse(expiresAt);
  if (Number.isNaN(when)) return NO_FIXED_EXPIRY;
  return `${when > now ? "Expires" : "Expired"} ${dateFormat.format(when)}`;
}
