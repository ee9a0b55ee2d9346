"use client";

import { Layers } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { VideoTask } from "@/lib/schemas/video";
import { HistoryItem, type HistoryActions } from "./history-item";

/** A group of takes as one entry: the request once, "Open takes" for the grid, then each take. */
export function TakeGroupItem({
  groupId,
  tasks,
  activeId,
  actions,
  onOpenTakes,
}: {
  groupId: string;
  tasks: VideoTask[];
  activeId: string | null;
  actions: HistoryActions;
  onOpenTakes: (groupId: string) => void;
}) {
  const prompt = tasks[0]?.prompt || groupId;
  const heading = `${tasks.length} ${tasks.length === 1 ? "take" : "takes"}`;
  return (
    <li
      className="border-border bg-surface-2/40 space-y-2 rounded-lg border p-2"
      aria-label={`${heading}: ${prompt}`}
    >
      <div className="flex flex-wrap items-center justify-between gap-2 px-1">
        <p className="flex min-w-0 items-center gap-2 text-sm">
          <Layers className="text-muted size-4 shrink-0" aria-hidden />
          <span className="font-medium">{heading}</span>
          <span className="text-muted truncate">{prompt}</span>
        </p>
        <Button variant="secondary" size="sm" onClick={() => onOpenTakes(groupId)}>
          Open takes
        </Button>
      </div>
      <ul className="space-y-2" aria-label={`Takes: ${prompt}`}>
        {tasks.map((task) => (
          <HistoryItem key={task.id} task={task} active={task.id === activeId} actions={actions} />
        ))}
      </ul>
    </li>
  );
}
