"use client";

import { History, Star } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Skeleton } from "@/components/ui/skeleton";
import type { VideoTask } from "@/lib/schemas/video";
import { Panel } from "../panel";
import { HistoryItem, type HistoryActions } from "./history-item";
import { HistoryStates } from "./history-states";
import { groupTakes } from "@/lib/playground/history-groups";
import { KeptSpace } from "./kept-space";
import { MonthTotal } from "./month-total";
import { TakeGroupItem } from "./take-group-item";
import { useVideoHistory } from "./use-video-history";
import { whenRendered } from "@/components/ui/lazy-load";

// Loaded when first shown, not with the page.
const DeleteVideoDialog = whenRendered(() =>
  import("./delete-video-dialog").then((m) => m.DeleteVideoDialog),
);

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
        loading={
          <div role="status" className="space-y-2" aria-busy="true" aria-label="Loading history">
            <Skeleton className="h-16" />
            <Skeleton className="h-16" />
          </div>
        }
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
        <ul className="space-y-2" aria-label="Past videos">
          {groupTakes(tasks).map((entry) =>
            entry.kind === "task" ? (
              <HistoryItem
                key={entry.task.id}
                task={entry.task}
                active={entry.task.id === activeId}
                actions={allActions}
              />
            ) : (
              <TakeGroupItem
                key={entry.groupId}
                groupId={entry.groupId}
                tasks={entry.tasks}
                activeId={activeId}
                actions={allActions}
                onOpenTakes={onOpenTakes}
              />
            ),
          )}
        </ul>
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
