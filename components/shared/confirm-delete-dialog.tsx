"use client";

import { useMutation, useQueryClient, type QueryKey } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent } from "@/components/ui/dialog";
import { ErrorState } from "@/components/ui/error-state";
import { useToast } from "@/components/ui/toast";

interface ConfirmDeleteDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  /** What goes, in words: the user must know before confirming. */
  description: ReactNode;
  confirmLabel: string;
  remove: () => Promise<unknown>;
  invalidate: readonly QueryKey[];
  successTitle: string;
  onDeleted?: () => void;
}

/** Asks first, then deletes; owns its mutation and closes itself on success. */
export function ConfirmDeleteDialog({
  open,
  onOpenChange,
  title,
  description,
  confirmLabel,
  remove,
  invalidate,
  successTitle,
  onDeleted,
}: ConfirmDeleteDialogProps) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const mutation = useMutation({
    mutationFn: remove,
    onSuccess: async () => {
      await Promise.all(invalidate.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      toast({ title: successTitle, tone: "success" });
      onDeleted?.();
      onOpenChange(false);
    },
  });

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next) mutation.reset();
        onOpenChange(next);
      }}
    >
      <DialogContent
        title={title}
        description={description}
        footer={
          <>
            <DialogClose asChild>
              <Button variant="secondary">Cancel</Button>
            </DialogClose>
            <Button variant="danger" onClick={() => mutation.mutate()} disabled={mutation.isPending}>
              {mutation.isPending ? "Deleting…" : confirmLabel}
            </Button>
          </>
        }
      >
        {mutation.error ? (
          <ErrorState title="Could not delete" error={mutation.error} />
        ) : (
          <p className="text-muted text-sm">This cannot be undone.</p>
        )}
      </DialogContent>
    </Dialog>
  );
}
