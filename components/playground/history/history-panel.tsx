"use client";

import { History, Star } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Skeleton } from "@/components/ui/skeleton";
import type { VideoTask } from "@/lib/schemas/video";
import { lazyPart } from "../lazy-part";
import { Panel } from "../panel";
import type { HistoryActions } from "./history-item";
import { HistoryStates } from "./history-states";
import { KeptSpace } from "./kept-space";
import { MonthTotal } from "./month-total";
import { useVideoHistory } from "./use-video-history";
import { whenRendered } from "@/components/ui/lazy-load";

// Loaded when first shown, not with the page.
const DeleteVideoDialog = whenRendered(() =>
  import("./delete-video-dialog").then((m) => m.DeleteVideoDialog),
);

const historyLoading = (
  <div role="status" className="space-y-2" aria-busy="true" aria-label="Loading history">
    <Skeleton className="h-16" />
    <Skeleton className="h-16" />
  </div>
);

// The rows (their menu, star, cost and takes) load when there is a past video to list; until
// then the history's loading outline stays.
const HistoryList = lazyPart(() => import("./history-list").then((m) => m.HistoryList), historyLoading);

/** Past tasks, newest first, a cursor page at a time. */
export function HistoryPanel({
  activeId,
  actions,
  onDeleted,
  onOpenTakes = () => undefined,
}: {
  activeId: string | null;
  actions: Omit<HistoryActions, "onDelete">;
  onDeleted: (videoId: string) => void;
  /** Opens a group of takes side by side. */
  onOpenTakes?: (groupId: string) => void;
}) {
  const [starredOnly, setStarredOnly] = useState(false);
  const { query: history, tasks } = useVideoHistory(10, { starred: starredOnly });
  const [deleting, setDeleting] = useState<VideoTask | null>(null);
  const allActions: HistoryActions = { ...actions, onDelete: setDeleting };

  return (
    <Panel
      id="history"
      title="History"
      description={
        <>
          Your earlier videos. Open one, run it again, or extend it. <KeptSpace />
        </>
      }
      actions={
        <Button
          variant="secondary"
          size="sm"
          aria-pressed={starredOnly}
          onClick={() => setStarredOnly((on) => !on)}
        >
          <Star aria-hidden className={starredOnly ? "fill-current" : undefined} /> Starred only
        </Button>
      }
    >
      {starredOnly ? null : (
        <MonthTotal finished={tasks.filter((task) => task.status === "completed").length} />
      )}
      <HistoryStates
        history={history}
        shown={tasks.length}
        errorTitle="History could not be loaded"
        loading={historyLoading}
        empty={
          starredOnly ? (
            <EmptyState
              icon={<Star aria-hidden />}
              title="No starred videos"
              description="Star a video to find it here; a starred video's copy is never removed to make room."
            />
          ) : (
            <EmptyState
              icon={<History aria-hidden />}
              title="No videos yet"
              description="Videos you generate are listed here."
            />
          )
        }
      >
        <HistoryList tasks={tasks} activeId={activeId} actions={allActions} onOpenTakes={onOpenTakes} />
      </HistoryStates>
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
