import type { UseQueryResult } from "@tanstack/react-query";
import type { Page } from "@/lib/schemas/page";

/**
 * What a DataTable shows for a page query: skeleton rows until the first page comes, the
 * previous page dimmed while the next one loads, the empty state once an answer has no rows, and
 * the error with its retry. One reading of the query's flags for every paged table.
 */
export function pageTableState<T>(query: UseQueryResult<Page<T>>) {
  return {
    rows: query.data?.items,
    isPending: query.isPending,
    isStale: query.isPlaceholderData,
    error: query.error,
    onRetry: () => void query.refetch(),
  };
}
