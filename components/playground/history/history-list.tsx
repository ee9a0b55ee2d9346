"use client";

import { groupTakes } from "@/lib/playground/history-groups";
import type { VideoTask } from "@/lib/schemas/video";
import { HistoryItem, type HistoryActions } from "./history-item";
import { TakeGroupItem } from "./take-group-item";

/** The history's rows: a past task each, or one row for a group of takes. */
export function HistoryList({
  tasks,
  activeId,
  actions,
  onOpenTakes,
}: {
  tasks: VideoTask[];
  activeId: string | null;
  actions: HistoryActions;
  onOpenTakes: (groupId: string) => void;
}) {
  return (
    <ul className="space-y-2" aria-label="Past videos">
      {groupTakes(tasks).map((entry) =>
        entry.kind === "task" ? (
          <HistoryItem
            key={entry.task.id}
            task={entry.task}
            active={entry.task.id === activeId}
            actions={actions}
          />
        ) : (
          <TakeGroupItem
            key={entry.groupId}
            groupId={entry.groupId}
            tasks={entry.tasks}
            activeId={activeId}
            actions={actions}
            onOpenTakes={onOpenTakes}
          />
        ),
      )}
    </ul>
  );
}
