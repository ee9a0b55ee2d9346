"use client";

import { createContext, useCallback, useContext, useState, type ReactNode } from "react";
import { whenRendered } from "./lazy-load";

type ToastTone = "neutral" | "success" | "danger";
export interface ToastMessage {
  id: number;
  title: string;
  description?: string;
  tone: ToastTone;
}
type ShowToast = (message: Omit<ToastMessage, "id" | "tone"> & { tone?: ToastTone }) => void;

const ToastContext = createContext<ShowToast | null>(null);

// Most visits show no toast: the list and Radix's toast code load with the first one.
const ToastList = whenRendered(() => import("./toast-list").then((m) => m.ToastList));

/** Holds the toasts of the page; `useToast()` shows one (see ToastList for how they are announced). */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ToastMessage[]>([]);
  const [shown, setShown] = useState(false);
  const show = useCallback<ShowToast>(({ tone = "neutral", ...message }) => {
    setShown(true);
    setToasts((current) => [...current.slice(-3), { ...message, tone, id: Date.now() + Math.random() }]);
  }, []);
  const dismiss = useCallback(
    (id: number) => setToasts((current) => current.filter((toast) => toast.id !== id)),
    [],
  );

  return (
    <ToastContext.Provider value={show}>
      {children}
      {shown ? <ToastList toasts={toasts} onDismiss={dismiss} /> : null}
    </ToastContext.Provider>
  );
}

export function useToast(): ShowToast {
  const show = useContext(ToastContext);
  if (!show) throw new Error("useToast must be used inside <ToastProvider>");
  return show;
}
