"use client";

import { Check, Copy } from "lucide-react";
import { useEffect, useState, type ReactNode } from "react";
import { cn } from "@/lib/ui/cn";

interface CopyButtonProps {
  value: string;
  /** Accessible name, e.g. "Copy asset ID ta_…". */
  label: string;
  /** Visible content; defaults to a copy icon only. */
  children?: ReactNode;
  className?: string;
}

/** Copies `value` on click and confirms it visibly and to screen readers. */
export function CopyButton({ value, label, children, className }: CopyButtonProps) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");

  useEffect(() => {
    if (state === "idle") return;
    const timer = setTimeout(() => setState("idle"), 1600);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setState("copied");
    } catch {
      setState("failed");
    }
  };

  return (
    <button
      type="button"
      onClick={copy}
      aria-label={label}
      title={state === "copied" ? "Copied" : "Click to copy"}
      className={cn(
        "hover:bg-surface-2 inline-flex max-w-full items-center gap-1.5 rounded px-1 py-0.5 text-left",
        className,
      )}
    >
      {children ? <span className="truncate">{children}</span> : null}
      {state === "copied" ? (
        <Check className="text-success size-3.5 shrink-0" aria-hidden />
      ) : (
        <Copy className="text-muted size-3.5 shrink-0" aria-hidden />
      )}
      <span role="status" className={state === "idle" ? "sr-only" : "text-success text-xs"}>
        {state === "copied" ? "Copied" : state === "failed" ? "Copy failed" : ""}
      </span>
    </button>
  );
}
