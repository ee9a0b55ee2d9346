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
  /** The toast after a deletion; none when the list itself shows that the item went. */
  successTitle?: string;
  errorTitle?: string;
  onDeleted?: () => void;
  /** The item itself (e.g. a video's prompt), kept above any error; otherwise a warning line. */
  children?: ReactNode;
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
  errorTitle = "Could not delete",
  onDeleted,
  children,
}: ConfirmDeleteDialogProps) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const mutation = useMutation({
    mutationFn: remove,
    onSuccess: async () => {
      await Promise.all(invalidate.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      if (successTitle) toast({ title: successTitle, tone: "success" });
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
        {/* The warning gives way to an error; the item itself stays above it. */}
        {children ?? (mutation.error ? null : <p className="text-muted text-sm">This cannot be undone.</p>)}
        {mutation.error ? (
          <div className={children ? "mt-3" : undefined}>
            <ErrorState title={errorTitle} error={mutation.error} />
          </div>
        ) : null}
      </DialogContent>
    </Dialog>
  );
}
