"use client";

import { useHydrated } from "@/components/shared/use-hydrated";

const formats = (timeZone?: string) => ({
  date: new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone }),
  // timeStyle cannot name the zone; the UTC rendering says so, the local one needs not.
  time: timeZone
    ? new Intl.DateTimeFormat("en", { hour: "numeric", minute: "2-digit", timeZone, timeZoneName: "short" })
    : new Intl.DateTimeFormat("en", { timeStyle: "short" }),
});
const UTC = formats("UTC");
const LOCAL = formats();

/**
 * A timestamp on two short lines (date, then time) so wide tables stay within the page.
 * Server-rendered rows show UTC until the browser takes over with its own time zone.
 */
export function DateCell({ iso }: { iso: string | null }) {
  const { date, time } = useHydrated() ? LOCAL : UTC;
  const value = iso ? new Date(iso) : null;
  if (!value || Number.isNaN(value.getTime())) return <span className="text-muted">—</span>;
  return (
    <time dateTime={iso ?? undefined} className="block text-xs whitespace-nowrap">
      <span className="block">{date.format(value)}</span>
      <span className="text-muted block">{time.format(value)}</span>
    </time>
  );
}
