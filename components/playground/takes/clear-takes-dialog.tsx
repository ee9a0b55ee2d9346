"use client";

import { useQueryClient } from "@tanstack/react-query";
import { ConfirmDeleteDialog } from "@/components/shared/confirm-delete-dialog";
import { deleteVideo, videoKeys } from "@/lib/queries/videos";

/** Deletes the takes that were not starred, with their videos, after asking. */
export function ClearTakesDialog({
  taskIds,
  onClose,
  onCleared,
}: {
  taskIds: string[];
  onClose: () => void;
  onCleared: (taskIds: string[]) => void;
}) {
  const queryClient = useQueryClient();
  const count = taskIds.length;
  return (
    <ConfirmDeleteDialog
      open
      onOpenChange={(open) => (open ? undefined : onClose())}
      title={`Clear the other ${count === 1 ? "take" : `${count} takes`}?`}
      description={`${count === 1 ? "The take" : `The ${count} takes`} you did not star ${count === 1 ? "is" : "are"} deleted with ${count === 1 ? "its video" : "their videos"}. The starred take stays.`}
      confirmLabel={count === 1 ? "Delete 1 take" : `Delete ${count} takes`}
      errorTitle="Not every take could be deleted"
      remove={() => Promise.all(taskIds.map((id) => deleteVideo(id)))}
      invalidate={[videoKeys.lists()]}
      onDeleted={() => {
        for (const id of taskIds) queryClient.removeQueries({ queryKey: videoKeys.detail(id) });
        onCleared(taskIds);
      }}
    />
  );
}
