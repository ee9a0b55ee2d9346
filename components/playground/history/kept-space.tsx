"use client";

import { useQuery } from "@tanstack/react-query";
import { archiveUsageQuery } from "@/lib/queries/archive";
import { formatBytes } from "@/lib/ui/format";

/** The space the app's own copies of finished videos take (ARCHIVE, ARCHIVE_MAX_GB). */
export function KeptSpace() {
  const { data } = useQuery(archiveUsageQuery());
  if (!data) return null;
  if (!data.enabled && data.keptCount === 0) return <span data-testid="kept-space">Copies are not kept</span>;
  const cap = data.capBytes === null ? "" : ` of ${formatBytes(data.capBytes)}`;
  return (
    <span data-testid="kept-space">
      Kept copies: {formatBytes(data.usedBytes)}
      {cap} ({data.keptCount} {data.keptCount === 1 ? "video" : "videos"})
    </span>
  );
}
