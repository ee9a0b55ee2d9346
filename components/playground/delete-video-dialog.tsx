"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { DialogClose, DialogContent } from "@/components/ui/dialog";
import { ErrorState } from "@/components/ui/error-state";
import { deleteVideo, videoKeys } from "@/lib/queries/videos";
import type { VideoTask } from "@/lib/schemas/video";

/** Confirms, deletes the task and its video, and closes itself; the history refreshes. */
export function DeleteVideoDialog({
  task,
  onDeleted,
}: {
  task: VideoTask;
  onDeleted: (videoId: string) => void;
}) {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: () => deleteVideo(task.id),
    onSuccess: async () => {
      onDeleted(task.id);
      queryClient.removeQueries({ queryKey: videoKeys.detail(task.id) });
      await queryClient.invalidateQueries({ queryKey: videoKeys.lists() });
    },
  });
  return (
    <DialogContent
      title="Delete this video?"
      description="The task and its video file are deleted for good. Downloads you already saved are not affected."
      footer={
        <>
          <DialogClose asChild>
            <Button variant="secondary">Cancel</Button>
          </DialogClose>
          <Button variant="danger" disabled={mutation.isPending} onClick={() => mutation.mutate()}>
            {mutation.isPending ? "Deleting…" : "Delete"}
          </Button>
        </>
      }
    >
      <p className="line-clamp-3 text-sm">{task.prompt || task.id}</p>
      {mutation.error ? (
        <div className="mt-3">
          <ErrorState error={mutation.error} title="The video could not be deleted" />
        </div>
      ) : null}
    </DialogContent>
  );
}
