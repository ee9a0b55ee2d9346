"use client";

import { Dialog as DialogPrimitive } from "radix-ui";
import { X } from "lucide-react";
import { createContext, useContext, useState, type ComponentProps, type ReactNode } from "react";
import { cn } from "@/lib/ui/cn";

// Radix returns focus to a <DialogTrigger> on close; dialogs opened from state (row actions,
// section buttons) have none. The root remembers what was focused when it opened, and the
// content gives focus back to it, even when the content changes while open (multi-step dialogs).
const OpenerContext = createContext<HTMLElement | null>(null);

const focusedElement = () =>
  typeof document !== "undefined" && document.activeElement instanceof HTMLElement
    ? document.activeElement
    : null;

export function Dialog({ open, children, ...props }: ComponentProps<typeof DialogPrimitive.Root>) {
  const [wasOpen, setWasOpen] = useState(open);
  // A dialog mounted already open (a row action's) was opened by what has focus right now.
  const [opener, setOpener] = useState<HTMLElement | null>(() => (open ? focusedElement() : null));
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) setOpener(focusedElement());
  }
  return (
    <DialogPrimitive.Root open={open} {...props}>
      <OpenerContext.Provider value={opener}>{children}</OpenerContext.Provider>
    </DialogPrimitive.Root>
  );
}
export const DialogClose = DialogPrimitive.Close;

type DialogContentProps = ComponentProps<typeof DialogPrimitive.Content> & {
  title: ReactNode;
  description?: ReactNode;
  footer?: ReactNode;
};

/** A modal with a real title (and optional description) for screen readers, focus trapped by Radix. */
export function DialogContent({
  title,
  description,
  footer,
  className,
  children,
  onCloseAutoFocus,
  ...props
}: DialogContentProps) {
  const opener = useContext(OpenerContext);
  return (
    <DialogPrimitive.Portal>
      <DialogPrimitive.Overlay className="fixed inset-0 z-40 bg-black/50 backdrop-blur-[1px]" />
      <DialogPrimitive.Content
        className={cn(
          "fixed top-1/2 left-1/2 z-50 flex max-h-[90vh] w-[calc(100vw-2rem)] max-w-lg -translate-x-1/2 -translate-y-1/2 flex-col",
          "border-border bg-surface text-fg rounded-xl border shadow-2xl",
          className,
        )}
        {...(description ? {} : { "aria-describedby": undefined })}
        onCloseAutoFocus={(event) => {
          onCloseAutoFocus?.(event);
          if (event.defaultPrevented || !opener?.isConnected || opener === document.body) return;
          event.preventDefault();
          opener.focus();
        }}
        {...props}
      >
        <div className="border-border flex items-start justify-between gap-4 border-b px-5 py-4">
          <div className="space-y-1">
            <DialogPrimitive.Title className="text-base font-semibold">{title}</DialogPrimitive.Title>
            {description ? (
              <DialogPrimitive.Description className="text-muted text-sm">
                {description}
              </DialogPrimitive.Description>
            ) : null}
          </div>
          <DialogPrimitive.Close
            className="text-muted hover:bg-surface-2 hover:text-fg rounded-md p-1"
            aria-label="Close"
          >
            <X className="size-4" aria-hidden />
          </DialogPrimitive.Close>
        </div>
        <div className="overflow-y-auto px-5 py-4">{children}</div>
        {footer ? (
          <div className="border-border flex justify-end gap-2 border-t px-5 py-3">{footer}</div>
        ) : null}
      </DialogPrimitive.Content>
    </DialogPrimitive.Portal>
  );
}
