"use client";

import { AlertTriangle, Loader2, RotateCw } from "lucide-react";
import { errorMessage } from "@/lib/client/api-error";
import { Button } from "./button";

/** What went wrong, in words, with a way to try again: never a blank panel or an endless spinner. */
export function ErrorState({
  error,
  onRetry,
  title = "Something went wrong",
  retrying = false,
}: {
  error: unknown;
  onRetry?: () => void;
  title?: string;
  /** Automatic retries are still running: the error is shown at once, not after the last one. */
  retrying?: boolean;
}) {
  return (
    <div
      role="alert"
      className="border-danger/40 bg-danger/5 flex flex-col items-start gap-3 rounded-lg border p-4 text-sm"
    >
      <div className="flex items-start gap-2">
        <AlertTriangle className="text-danger mt-0.5 size-4 shrink-0" aria-hidden />
        <div>
          <p className="font-medium">{title}</p>
          <p className="text-muted">{errorMessage(error)}</p>
          {retrying ? (
            <p className="text-muted mt-1 flex items-center gap-1.5 text-xs">
              <Loader2 className="size-3 animate-spin" aria-hidden />
              Trying again in the background…
            </p>
          ) : null}
        </div>
      </div>
      {onRetry ? (
        <Button variant="secondary" size="sm" onClick={onRetry}>
          <RotateCw aria-hidden /> Try again
        </Button>
      ) : null}
    </div>
  );
}
