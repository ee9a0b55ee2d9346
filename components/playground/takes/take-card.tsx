"use client";

import { useQuery } from "@tanstack/react-query";
import { AlertCircle, Clock } from "lucide-react";
import { VIDEO_STATUS_LOOKS } from "@/components/shared/status-looks";
import { Progress } from "@/components/ui/progress";
import { StatusBadge } from "@/components/ui/status-badge";
import type { TakeState } from "@/lib/playground/takes";
import { videoQuery } from "@/lib/queries/videos";
import { videoContentUrl } from "@/lib/schemas/app-urls";
import type { VideoTask } from "@/lib/schemas/video";
import { StarButton } from "../history/star-button";
import { TaskCost } from "../history/task-cost";

export interface TakeSlot {
  /** 1-based, in the order the takes were asked for. */
  number: number;
  seed: number | null;
  taskId: string | null;
  state: TakeState;
  error: string | null;
  /** The task as the history lists it (its star is kept there). */
  listed: VideoTask | undefined;
}

/** One take in the grid: its video once finished, else where it stands; its seed, cost and star. */
export function TakeCard({ slot, waitingNote }: { slot: TakeSlot; waitingNote: string }) {
  const { data: detail } = useQuery({ ...videoQuery(slot.taskId ?? "none"), enabled: slot.taskId !== null });
  const task = detail ? { ...detail, starred: slot.listed?.starred ?? detail.starred } : slot.listed;
  const seed = task?.parameters.seed ?? slot.seed;
  const label = `Take ${slot.number}${seed !== null ? `, seed ${seed}` : ""}`;
  return (
    <li
      aria-label={label}
      data-seed={seed ?? undefined}
      className={
        task?.starred
          ? "border-accent bg-accent/5 min-w-0 space-y-2 rounded-lg border p-2"
          : "border-border min-w-0 space-y-2 rounded-lg border p-2"
      }
    >
      <div className="bg-surface-2 text-muted grid aspect-video place-items-center overflow-hidden rounded">
        {task?.status === "completed" ? (
          <video
            // A second in, as the history's previews: many clips open on a fade from black.
            src={`${videoContentUrl(task.id)}#t=1`}
            controls
            playsInline
            preload="metadata"
            aria-label={`Video of ${label}`}
            className="size-full bg-black object-contain"
          />
        ) : slot.state === "failed" || task?.status === "failed" ? (
          <AlertCircle className="text-danger size-5" aria-hidden />
        ) : slot.state === "waiting" ? (
          <Clock className="size-5" aria-hidden />
        ) : (
          <span className="w-2/3">
            <Progress value={task?.progress ?? null} label={`Progress of ${label}`} className="h-1" />
          </span>
        )}
      </div>
      <div className="space-y-0.5 text-xs">
        <div className="flex items-center justify-between gap-1">
          <p className="text-sm font-medium">Take {slot.number}</p>
          {task ? <StarButton task={task} label={label} /> : null}
        </div>
        <p className="text-muted tabular-nums">{seed !== null ? `Seed ${seed}` : "Seed —"}</p>
        {task ? (
          <p className="text-muted">
            <TaskCost task={task} />
          </p>
        ) : null}
      </div>
      {slot.state === "waiting" ? (
        <p className="text-muted text-xs">{waitingNote}</p>
      ) : slot.error || task?.error ? (
        <p className="text-danger text-xs">{slot.error ?? task?.error?.message}</p>
      ) : task && task.status !== "completed" ? (
        <StatusBadge {...VIDEO_STATUS_LOOKS[task.status]} />
      ) : null}
    </li>
  );
}
