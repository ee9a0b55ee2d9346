"use client";

import { Toast as ToastPrimitive } from "radix-ui";
import { X } from "lucide-react";
import { createContext, useCallback, useContext, useState, type ReactNode } from "react";
import { cn } from "@/lib/ui/cn";

type ToastTone = "neutral" | "success" | "danger";
interface ToastMessage {
  id: number;
  title: string;
  description?: string;
  tone: ToastTone;
}
type ShowToast = (message: Omit<ToastMessage, "id" | "tone"> & { tone?: ToastTone }) => void;

const ToastContext = createContext<ShowToast | null>(null);

/** Radix toasts are announced politely to screen readers; errors use the assertive foreground type. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ToastMessage[]>([]);
  const show = useCallback<ShowToast>(({ tone = "neutral", ...message }) => {
    setToasts((current) => [...current.slice(-3), { ...message, tone, id: Date.now() + Math.random() }]);
  }, []);
  const dismiss = (id: number) => setToasts((current) => current.filter((toast) => toast.id !== id));

  return (
    <ToastContext.Provider value={show}>
      <ToastPrimitive.Provider swipeDirection="right" duration={5000}>
        {children}
        {toasts.map((toast) => (
          <ToastPrimitive.Root
            key={toast.id}
            type={toast.tone === "danger" ? "foreground" : "background"}
            onOpenChange={(open) => (open ? undefined : dismiss(toast.id))}
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
    </ToastContext.Provider>
  );
}

export function useToast(): ShowToast {
  const show = useContext(ToastContext);
  if (!show) throw new Error("useToast must be used inside <ToastProvider>");
  return show;
}
