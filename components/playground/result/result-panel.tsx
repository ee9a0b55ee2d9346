"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Clapperboard } from "lucide-react";
import { useEffect } from "react";
import { VIDEO_STATUS_LOOKS } from "@/components/shared/status-looks";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { Skeleton } from "@/components/ui/skeleton";
import { StatusBadge } from "@/components/ui/status-badge";
import { taskAnnouncement } from "@/lib/playground/announce";
import type { Asset } from "@/lib/schemas/asset";
import { isTerminalTask, videoKeys, videoQuery } from "@/lib/queries/videos";
import { Panel } from "../panel";
import { TaskCompleted } from "./task-completed";
import { TaskDetails } from "./task-details";
import { TaskFailed } from "./task-failed";
import { TaskProgress } from "./task-progress";
import { VideoInputs } from "./video-inputs";

/** What the result view can do beyond showing the task (the console owns the form and the followed task). */
interface ResultActions {
  onRunAgain: (videoId: string) => void;
  /** Follows another task (an earlier video among the inputs). */
  onOpenVideo?: (videoId: string) => void;
  /** A saved frame as the next shot's first frame. */
  onUseAsFirstFrame?: (asset: Asset) => void;
}

function ActiveTask({
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

/** The task being followed: live status, then the video or the reason it failed. */
export function ResultPanel({ videoId, ...actions }: ResultActions & { videoId: string | null }) {
  // Same cache entry as ActiveTask's; read here so the live region outlives each task view.
  const followed = useQuery({ ...videoQuery(videoId ?? "none"), enabled: videoId !== null });
  const announcement = videoId && followed.data ? taskAnnouncement(followed.data) : "";
  return (
    <Panel id="result" title="Result">
      {/* Always mounted, so each status change is announced once. */}
      <p aria-live="polite" role="status" className="sr-only">
        {announcement}
      </p>
      {videoId ? (
        <ActiveTask key={videoId} videoId={videoId} {...actions} />
      ) : (
        <EmptyState
          icon={<Clapperboard aria-hidden />}
          title="No video yet"
          description="Choose a model and a mode, add your inputs and a prompt, then Generate. The video plays here."
        />
      )}
    </Panel>
  );
}
