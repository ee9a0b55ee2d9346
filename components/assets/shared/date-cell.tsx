const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium" });
const timeFormat = new Intl.DateTimeFormat("en", { timeStyle: "short" });

/** A timestamp on two short lines (date, then time) so wide tables stay within the page. */
export function DateCell({ iso }: { iso: string | null }) {
  const date = iso ? new Date(iso) : null;
  if (!date || Number.isNaN(date.getTime())) return <span className="text-muted">—</span>;
  return (
    <time dateTime={iso ?? undefined} className="block text-xs whitespace-nowrap">
      <span className="block">{dateFormat.format(date)}</span>
      <span className="text-muted block">{timeFormat.format(date)}</span>
    </time>
  );
}
