"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { VIDEO_STATUS_LOOKS } from "@/components/shared/status-looks";
import { ErrorState } from "@/components/ui/error-state";
import { Skeleton } from "@/components/ui/skeleton";
import { StatusBadge } from "@/components/ui/status-badge";
import type { Asset } from "@/lib/schemas/asset";
import { isTerminalTask, videoKeys, videoQuery } from "@/lib/queries/videos";
import { TaskCompleted } from "./task-completed";
import { TaskDetails } from "./task-details";
import { TaskFailed } from "./task-failed";
import { TaskProgress } from "./task-progress";
import { VideoInputs } from "./video-inputs";

/** What the result view can do beyond showing the task (the console owns the form and the followed task). */
export interface ResultActions {
  onRunAgain: (videoId: string) => void;
  /** Follows another task (an earlier video among the inputs). */
  onOpenVideo?: (videoId: string) => void;
  /** A saved frame as the next shot's first frame. */
  onUseAsFirstFrame?: (asset: Asset) => void;
}

/** The followed task: its prompt and status, then the video, its progress or why it failed. */
export function ActiveTask({
  videoId,
  onRunAgain,
  onOpenVideo,
  onUseAsFirstFrame,
}: ResultActions & { videoId: string }) {
  const query = useQuery(videoQuery(videoId));
  const task = query.data;
  const queryClient = useQueryClient();
  const settled = isTerminalTask(task);
  // The history polls slowly; refresh it the moment the followed task settles.
  useEffect(() => {
    if (settled) void queryClient.invalidateQueries({ queryKey: videoKeys.lists() });
  }, [settled, queryClient]);
  return (
    <>
      {query.error && !task ? (
        <ErrorState
          error={query.error}
          onRetry={() => void query.refetch()}
          title="The task could not be loaded"
        />
      ) : !task ? (
        <Skeleton className="aspect-video w-full" />
      ) : (
        <div className="space-y-4">
          <div className="flex items-start justify-between gap-3">
            <p className="line-clamp-3 text-sm">{task.prompt}</p>
            <StatusBadge {...VIDEO_STATUS_LOOKS[task.status]} />
          </div>
          {task.status === "completed" ? (
            <TaskCompleted task={task} onUseAsFirstFrame={onUseAsFirstFrame} />
          ) : task.status === "failed" ? (
            <TaskFailed task={task} onRunAgain={() => onRunAgain(task.id)} />
          ) : (
            <TaskProgress task={task} />
          )}
          <TaskDetails task={task} />
          {onOpenVideo ? <VideoInputs videoId={task.id} onOpenVideo={onOpenVideo} /> : null}
        </div>
      )}
    </>
  );
}
