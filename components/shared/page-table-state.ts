import type { UseQueryResult } from "@tanstack/react-query";
import type { Page } from "@/lib/schemas/page";

/**
 * What a DataTable shows for a page query: skeleton rows until the first page comes, the
 * previous page dimmed while the next one loads, the empty state once an answer has no rows, and
 * the error with its retry. One reading of the query's flags for every paged table.
 *
 * The first failed attempt is shown at once (TanStack keeps it as failureReason while it retries):
 * an unreachable provider reads as an error within a second or two, not after every retry, and
 * the retries go on behind it, said so on screen.
 */
export function pageTableState<T>(query: UseQueryResult<Page<T>>) {
  const error = query.error ?? query.failureReason ?? null;
  return {
    rows: query.data?.items,
    isPending: query.isPending,
    isStale: query.isPlaceholderData,
    error,
    retrying: error !== null && query.isFetching,
    onRetry: () => void query.refetch(),
  };
}
