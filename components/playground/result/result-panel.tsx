"use client";

import { useQuery } from "@tanstack/react-query";
import { Clapperboard } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { Skeleton } from "@/components/ui/skeleton";
import { taskAnnouncement } from "@/lib/playground/announce";
import { videoQuery } from "@/lib/queries/videos";
import { lazyPart } from "../lazy-part";
import { Panel } from "../panel";
import type { ResultActions } from "./active-task";

// A first visit follows no task: the player, progress and details load when there is one, the
// video's outline holding its place meanwhile (as while the task itself loads).
const ActiveTask = lazyPart(
  () => import("./active-task").then((m) => m.ActiveTask),
  <Skeleton className="aspect-video w-full" />,
);

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
