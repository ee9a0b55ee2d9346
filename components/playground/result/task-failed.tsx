import { AlertTriangle, RotateCcw } from "lucide-react";
import { Button } from "@/components/ui/button";
import { failureAdvice } from "@/lib/playground/failure-advice";
import type { VideoTask } from "@/lib/schemas/video";

/** A failure in plain words: the upstream's reason, and what to try next. */
export function TaskFailed({ task, onRunAgain }: { task: VideoTask; onRunAgain?: () => void }) {
  return (
    <div className="border-danger/40 bg-danger/5 space-y-3 rounded-lg border p-4 text-sm">
      <div className="flex items-start gap-2">
        <AlertTriangle className="text-danger mt-0.5 size-4 shrink-0" aria-hidden />
        <div className="space-y-1">
          <p className="font-medium">The video could not be generated</p>
          <p>{task.error?.message ?? "The provider gave no reason."}</p>
          {task.error?.code ? <p className="text-muted font-mono text-xs">{task.error.code}</p> : null}
          <p className="text-muted">
            <span className="text-fg font-medium">What to try: </span>
            {failureAdvice(task.error)}
          </p>
        </div>
      </div>
      {onRunAgain ? (
        <Button variant="secondary" size="sm" onClick={onRunAgain}>
          <RotateCcw aria-hidden /> Run again
        </Button>
      ) : null}
    </div>
  );
}
