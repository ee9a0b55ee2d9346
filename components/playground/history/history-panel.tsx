"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { History } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { Skeleton } from "@/components/ui/skeleton";
import { videoHistoryQuery } from "@/lib/queries/videos";
import type { VideoTask } from "@/lib/schemas/video";
import { Panel } from "../panel";
import { DeleteVideoDialog } from "./delete-video-dialog";
import { HistoryItem, type HistoryActions } from "./history-item";

/** Past tasks, newest first, a cursor page at a time. */
export function HistoryPanel({
  activeId,
  actions,
  onDeleted,
}: {
  activeId: string | null;
  actions: Omit<HistoryActions, "onDelete">;
  onDeleted: (videoId: string) => void;
}) {
  const history = useInfiniteQuery(videoHistoryQuery(10));
  const [deleting, setDeleting] = useState<VideoTask | null>(null);
  const tasks = (history.data?.pages ?? []).flatMap((page) => page.items);
  const allActions: HistoryActions = { ...actions, onDelete: setDeleting };

  return (
    <Panel
      id="history"
      title="History"
      description="Your earlier videos. Open one, run it again, or extend it."
    >
      {history.error && tasks.length === 0 ? (
        <ErrorState
          error={history.error}
          onRetry={() => void history.refetch()}
          title="History could not be loaded"
        />
      ) : history.isPending ? (
        <div className="space-y-2" aria-busy="true" aria-label="Loading history">
          <Skeleton className="h-16" />
          <Skeleton className="h-16" />
        </div>
      ) : tasks.length === 0 ? (
        <EmptyState
          icon={<History aria-hidden />}
          title="No videos yet"
          description="Videos you generate are listed here."
        />
      ) : (
        <div className="space-y-3">
          <ul className="space-y-2" aria-label="Past videos">
            {tasks.map((task) => (
              <HistoryItem key={task.id} task={task} active={task.id === activeId} actions={allActions} />
            ))}
          </ul>
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
      )}
      {deleting ? (
        <DeleteVideoDialog
          key={deleting.id}
          task={deleting}
          onClose={() => setDeleting(null)}
          onDeleted={onDeleted}
        />
      ) : null}
    </Panel>
  );
}
