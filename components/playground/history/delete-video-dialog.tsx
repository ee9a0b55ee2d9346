"use client";

import { useQueryClient } from "@tanstack/react-query";
import { ConfirmDeleteDialog } from "@/components/shared/confirm-delete-dialog";
import { deleteVideo, videoKeys } from "@/lib/queries/videos";
import type { VideoTask } from "@/lib/schemas/video";

/**
 * Confirms, deletes the task and its video, forgets the task; the history refreshes. Mounted open
 * while a task is chosen for deletion, closed by unmounting.
 */
export function DeleteVideoDialog({
  task,
  onClose,
  onDeleted,
}: {
  task: VideoTask;
  onClose: () => void;
  onDeleted: (videoId: string) => void;
}) {
  const queryClient = useQueryClient();
  return (
    <ConfirmDeleteDialog
      open
      onOpenChange={(open) => (open ? undefined : onClose())}
      title="Delete this video?"
      description="The task and its video file are deleted for good. Downloads you already saved are not affected."
      confirmLabel="Delete"
      errorTitle="The video could not be deleted"
      remove={() => deleteVideo(task.id)}
      invalidate={[videoKeys.lists()]}
      onDeleted={() => {
        queryClient.removeQueries({ queryKey: videoKeys.detail(task.id) });
        onDeleted(task.id);
      }}
    >
      <p className="line-clamp-3 text-sm">{task.prompt || task.id}</p>
    </ConfirmDeleteDialog>
  );
}
