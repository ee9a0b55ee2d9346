"use client";

import { AlertCircle, Code2, Loader2, Sparkles } from "lucide-react";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import type { FormProblem } from "@/lib/playground/rules";

/** Soft problems are steps still to do; hard ones are conflicts the creator must resolve. */
const isConflict = (problem: FormProblem) =>
  problem.code !== "prompt_required" && problem.code !== "input_required";

export function GenerateBar({
  problems,
  pending,
  requestOpen,
  onToggleRequest,
  onPrepareRequest,
  requestPanelId,
  extras,
}: {
  /** Beside Generate: the takes and the estimated cost. */
  extras?: ReactNode;
  problems: FormProblem[];
  pending: boolean;
  requestOpen: boolean;
  onToggleRequest: () => void;
  /** The pointer or focus is on "View request": its panel's code may load. */
  onPrepareRequest?: () => void;
  requestPanelId: string;
}) {
  const messages = [...new Map(problems.map((problem) => [problem.message, problem])).values()];
  return (
    <div className="space-y-3">
      {messages.length > 0 ? (
        <div id="generate-problems" className="border-border bg-surface-2/60 rounded-lg border p-3 text-sm">
          <p className="mb-1 font-medium">Before you can generate:</p>
          <ul className="space-y-1">
            {messages.map((problem) => (
              <li
                key={problem.message}
                className={isConflict(problem) ? "text-danger flex gap-2" : "text-muted flex gap-2"}
              >
                <AlertCircle className="mt-0.5 size-3.5 shrink-0" aria-hidden />
                <span>{problem.message}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {extras ? (
        <div className="border-border flex flex-wrap items-center justify-between gap-x-4 gap-y-2 border-t pt-3">
          {extras}
        </div>
      ) : null}
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Button
          variant="secondary"
          aria-expanded={requestOpen}
          aria-controls={requestPanelId}
          onPointerEnter={onPrepareRequest}
          onFocus={onPrepareRequest}
          onClick={onToggleRequest}
        >
          <Code2 aria-hidden />
          View request
        </Button>
        <Button
          type="submit"
          disabled={pending || problems.length > 0}
          aria-describedby={messages.length > 0 ? "generate-problems" : undefined}
          className="min-w-32 justify-center"
        >
          {pending ? <Loader2 className="animate-spin" aria-hidden /> : <Sparkles aria-hidden />}
          {pending ? "Sending…" : "Generate"}
        </Button>
      </div>
    </div>
  );
}
