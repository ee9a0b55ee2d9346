"use client";

import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { ErrorState } from "@/components/ui/error-state";
import type { VideoHistoryQuery } from "./use-video-history";

interface HistoryStatesProps {
  history: VideoHistoryQuery;
  /** How many tasks this view lists (a view may keep only some of the loaded tasks). */
  shown: number;
  errorTitle?: string;
  loading: ReactNode;
  empty: ReactNode;
  /** The list itself, rendered once there is something to show. */
  children: ReactNode;
}

/**
 * One ladder for every view of the history: an error with nothing to show replaces the view, then
 * loading, then the empty state or the list. As in the tables, a failed refresh keeps what is
 * shown and says so above it. "Load more" follows the empty state too: what a view keeps may sit
 * on a later page.
 */
export function HistoryStates({ history, shown, errorTitle, loading, empty, children }: HistoryStatesProps) {
  const error = history.error ? (
    <ErrorState error={history.error} onRetry={() => void history.refetch()} title={errorTitle} />
  ) : null;
  if (error && shown === 0) return error;
  if (history.isPending) return <>{loading}</>;
  return (
    <div className="space-y-3">
      {error}
      {shown === 0 ? empty : children}
      {history.hasNextPage ? (
        <Button
          variant="secondary"
          size="sm"
          className="w-full justify-center"
          disabled={history.isFetchingNextPage}
          onClick={() => void history.fetchNextPage()}
        >
          {history.isFetchingNextPage ? "Loading…" : "Load more"}
        </Button>
      ) : null}
    </div>
  );
}
