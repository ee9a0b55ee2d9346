"use client";

import { Download, Film, MoreHorizontal, RotateCcw, Scissors, StretchHorizontal, Trash2 } from "lucide-react";
import { VIDEO_STATUS_LOOKS } from "@/components/shared/status-looks";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { Progress } from "@/components/ui/progress";
import { StatusBadge } from "@/components/ui/status-badge";
import { videoContentUrl, videoPosterUrl } from "@/lib/schemas/app-urls";
import type { VideoTask } from "@/lib/schemas/video";
import { VIDEO_MODE_LABELS } from "@/lib/video/capabilities";
import { cn } from "@/lib/ui/cn";
import { formatDateTime } from "@/lib/ui/format";
import { StarButton } from "./star-button";
import { TaskCost } from "./task-cost";

export interface HistoryActions {
  onOpen: (task: VideoTask) => void;
  onRunAgain: (task: VideoTask) => void;
  onUseAsSource: (task: VideoTask, mode: "extend_video" | "edit_video") => void;
  onDelete: (task: VideoTask) => void;
}

/** One past task: open it, run it again, extend or edit it, download or delete it. */
export function HistoryItem({
  task,
  active,
  actions,
}: {
  task: VideoTask;
  active: boolean;
  actions: HistoryActions;
}) {
  const done = task.status === "completed";
  const label = task.prompt || task.id;
  return (
    <li
      className={cn(
        "flex items-start gap-2 rounded-lg border p-2",
        active ? "border-accent bg-accent/5" : "border-border",
      )}
    >
      <button
        type="button"
        onClick={() => actions.onOpen(task)}
        aria-current={active ? "true" : undefined}
        className="hover:bg-surface-2 flex min-w-0 flex-1 items-start gap-3 rounded-md p-1 text-left"
      >
        <span className="bg-surface-2 text-muted grid h-14 w-24 shrink-0 place-items-center overflow-hidden rounded">
          {done ? (
            <video
              src={videoPosterUrl(task.id)}
              muted
              preload="metadata"
              aria-hidden
              className="size-full object-cover"
            />
          ) : (
            <Film className="size-4" aria-hidden />
          )}
        </span>
        <span className="min-w-0 flex-1 space-y-1">
          <span className="line-clamp-2 text-sm leading-snug">{label}</span>
          <span className="text-muted block truncate text-xs">
            {[
              task.model,
              task.mode ? VIDEO_MODE_LABELS[task.mode] : null,
              // Kept in the app's own task index after the provider forgot it.
              task.providerListed === false ? "No longer kept by the provider" : null,
            ]
              .filter(Boolean)
              .join(" · ")}
          </span>
          <time dateTime={task.createdAt} className="text-muted block text-xs">
            {formatDateTime(task.createdAt)}
          </time>
          <span className="text-muted block text-xs empty:hidden">
            <TaskCost task={task} />
          </span>
          {task.status === "in_progress" ? (
            <Progress value={task.progress} label={`Progress of ${label}`} className="h-1" />
          ) : null}
        </span>
      </button>
      <div className="flex shrink-0 flex-col items-end gap-1">
        <div className="flex items-center gap-1">
          {task.kept ? (
            <Badge
              tone="success"
              title="The app keeps its own copy: it plays after the provider's link is gone"
            >
              Kept
            </Badge>
          ) : null}
          <StatusBadge {...VIDEO_STATUS_LOOKS[task.status]} />
        </div>
        <div className="flex items-center">
          <StarButton task={task} label={label} />
          <Button
            variant="ghost"
            size="icon"
            onClick={() => actions.onRunAgain(task)}
            aria-label={`Run again: ${label}`}
            title="Run again with the same settings"
          >
            <RotateCcw aria-hidden />
          </Button>
          <DropdownMenu>
            <DropdownMenuTrigger asChild>
              <Button variant="ghost" size="icon" aria-label={`More actions: ${label}`}>
                <MoreHorizontal aria-hidden />
              </Button>
            </DropdownMenuTrigger>
            <DropdownMenuContent>
              {done ? (
                <>
                  <DropdownMenuItem onSelect={() => actions.onUseAsSource(task, "extend_video")}>
                    <StretchHorizontal aria-hidden /> Extend
                  </DropdownMenuItem>
                  <DropdownMenuItem onSelect={() => actions.onUseAsSource(task, "edit_video")}>
                    <Scissors aria-hidden /> Edit
                  </DropdownMenuItem>
                  <DropdownMenuItem asChild>
                    <a href={videoContentUrl(task.id, true)} download>
                      <Download aria-hidden /> Download
                    </a>
                  </DropdownMenuItem>
                  <DropdownMenuSeparator />
                </>
              ) : null}
              <DropdownMenuItem onSelect={() => actions.onDelete(task)} className="text-danger">
                <Trash2 aria-hidden /> Delete
              </DropdownMenuItem>
            </DropdownMenuContent>
          </DropdownMenu>
        </div>
      </div>
    </li>
  );
}
