"use client";

import { expiryLabel } from "@/lib/assets/expiry";
import { useHydrated } from "@/components/shared/use-hydrated";

/** Retention or expiry; the date follows the browser's time zone once hydrated (UTC before). */
export function ExpiryCell({ expiresAt }: { expiresAt: string | null }) {
  const hydrated = useHydrated();
  return <>{expiryLabel(expiresAt, undefined, hydrated ? undefined : "UTC")}</>;
}
