import type { CursorPage } from "@/lib/schemas/page";
import type { VideoTaskRecord } from "@/lib/schemas/video";

// One page of the history from two sources: the app's task index (every task it created, for as
// long as it keeps them) and the provider's list (its tasks, live status, for as long as it keeps
// them). Pure, so every rule is tested without a provider or a database.

export type TaskSource = "both" | "index" | "provider";

export interface MergedTask {
  record: VideoTaskRecord;
  source: TaskSource;
  /** True: the provider lists it; false: it no longer does; null: the provider has no list. */
  providerListed: boolean | null;
}

export interface MergeInput {
  /** Index rows past the cursor, in `order`, as records (mode = the Playground's mode). */
  index: { items: VideoTaskRecord[]; hasMore: boolean };
  /** The provider's page past the same cursor; null when it has no list (or could not answer). */
  provider: CursorPage<VideoTaskRecord> | null;
  limit: number;
  order: "asc" | "desc";
}

function compare(order: "asc" | "desc") {
  const sign = order === "asc" ? 1 : -1;
  return (a: VideoTaskRecord, b: VideoTaskRecord) => {
    const byTime = Date.parse(a.createdAt) - Date.parse(b.createdAt);
    if (byTime !== 0) return sign * byTime;
    return sign * (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  };
}

/**
 * The provider's record wins where both hold a task (its status is the live one), except for
 * the mode: the index knows the Playground mode, which the wire may not carry (edit, extend and
 * stitch travel as reference tasks). Index rows the provider does not list stay, marked.
 */
export function mergeTaskPages({ index, provider, limit, order }: MergeInput): {
  items: MergedTask[];
  hasMore: boolean;
} {
  const fromIndex = new Map(index.items.map((record) => [record.id, record]));
  const merged = new Map<string, MergedTask>();
  for (const record of provider?.items ?? []) {
    const indexed = fromIndex.get(record.id);
    merged.set(record.id, {
      record: indexed ? { ...record, mode: indexed.mode ?? record.mode } : record,
      source: indexed ? "both" : "provider",
      providerListed: true,
    });
  }
  for (const record of index.items) {
    if (merged.has(record.id)) continue;
    merged.set(record.id, { record, source: "index", providerListed: provider ? false : null });
  }
  const sorted = [...merged.values()].sort((a, b) => compare(order)(a.record, b.record));
  return {
    items: sorted.slice(0, limit),
    hasMore: sorted.length > limit || index.hasMore || (provider?.hasMore ?? false),
  };
}
