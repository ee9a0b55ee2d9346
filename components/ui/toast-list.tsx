"use client";

import { Toast as ToastPrimitive } from "radix-ui";
import { X } from "lucide-react";
import { cn } from "@/lib/ui/cn";
import type { ToastMessage } from "./toast";

/**
 * The toasts on screen (Radix: announced politely to screen readers, errors assertively as the
 * foreground type; swipe, F8 and hover pause). Loaded with the first toast a page shows.
 */
export function ToastList({
  toasts,
  onDismiss,
}: {
  toasts: readonly ToastMessage[];
  onDismiss: (id: number) => void;
}) {
  return (
    <ToastPrimitive.Provider swipeDirection="right" duration={5000}>
      {toasts.map((toast) => (
        <ToastPrimitive.Root
          key={toast.id}
          type={toast.tone === "danger" ? "foreground" : "background"}
          onOpenChange={(open) => (open ? undefined : onDismiss(toast.id))}
          className={cn(
            "bg-surface flex items-start gap-3 rounded-lg border p-3 pr-2 text-sm shadow-lg",
            toast.tone === "danger" && "border-danger/40",
            toast.tone === "success" && "border-success/40",
            toast.tone === "neutral" && "border-border",
          )}
        >
          <div className="min-w-0 flex-1">
            <ToastPrimitive.Title className="font-medium">{toast.title}</ToastPrimitive.Title>
            {toast.description ? (
              <ToastPrimitive.Description className="text-muted mt-0.5">
                {toast.description}
              </ToastPrimitive.Description>
            ) : null}
          </div>
          <ToastPrimitive.Close aria-label="Dismiss" className="text-muted hover:bg-surface-2 rounded p-1">
            <X className="size-4" aria-hidden />
          </ToastPrimitive.Close>
        </ToastPrimitive.Root>
      ))}
      <ToastPrimitive.Viewport className="fixed right-4 bottom-4 z-[60] flex w-96 max-w-[calc(100vw-2rem)] flex-col gap-2 outline-none" />
    </ToastPrimitive.Provider>
  );
}
