"use client";

import { Film, Loader2 } from "lucide-react";
import { useState } from "react";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { Skeleton } from "@/components/ui/skeleton";
import { earlierResultInput } from "@/lib/playground/earlier-result";
import type { UrlInput } from "@/lib/playground/form-state";
import { videoPosterUrl } from "@/lib/schemas/app-urls";
import type { VideoTask } from "@/lib/schemas/video";
import { formatDateTime } from "@/lib/ui/format";
import { HistoryStates } from "./history-states";
import { useVideoHistory } from "./use-video-history";

/** The picker in a modal of its own, open while it is mounted (its dialog code comes with it). */
export function HistoryPickerModal({
  onPick,
  onClose,
}: {
  onPick: (input: UrlInput) => void;
  onClose: () => void;
}) {
  return (
    <Dialog open onOpenChange={(open) => (open ? undefined : onClose())}>
      <HistoryPickerDialog onPick={onPick} />
    </Dialog>
  );
}

/** "Choose one of your videos": completed tasks from the history, newest first. */
export function HistoryPickerDialog({ onPick }: { onPick: (input: UrlInput) => void }) {
  const { query: history, tasks } = useVideoHistory(12);
  const [loadingId, setLoadingId] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const completed = tasks.filter((task) => task.status === "completed");

  const pick = async (task: VideoTask) => {
    setLoadingId(task.id);
    setError(null);
    try {
      onPick(await earlierResultInput(task));
    } catch (caught) {
      setError(caught);
    } finally {
      setLoadingId(null);
    }
  };

  return (
    <DialogContent
      title="Choose one of your videos"
      description="Completed results from your history."
      className="max-w-2xl"
    >
      <div className="space-y-3">
        {error ? <ErrorState error={error} title="That video can't be used right now" /> : null}
        <HistoryStates
          history={history}
          shown={completed.length}
          loading={<Skeleton className="h-40" />}
          empty={
            <EmptyState
              icon={<Film aria-hidden />}
              title="No completed videos yet"
              description="Generate a video first, or upload a local file."
            />
          }
        >
          <ul className="grid gap-2 sm:grid-cols-2">
            {completed.map((task) => (
              <li key={task.id}>
                <button
                  type="button"
                  onClick={() => void pick(task)}
                  disabled={loadingId !== null}
                  className="border-border hover:border-accent/60 flex w-full items-center gap-3 rounded-lg border p-2 text-left disabled:opacity-60"
                >
                  <video
                    src={videoPosterUrl(task.id)}
                    muted
                    preload="metadata"
                    aria-hidden
                    className="bg-surface-2 h-12 w-20 shrink-0 rounded object-cover"
                  />
                  <span className="min-w-0 flex-1">
                    <span className="line-clamp-2 text-sm">{task.prompt || task.id}</span>
                    <span className="text-muted block text-xs">
                      {task.model} · {task.durationSeconds ?? task.parameters.duration ?? "?"} s ·{" "}
                      {formatDateTime(task.createdAt)}
                    </span>
                  </span>
                  {loadingId === task.id ? (
                    <Loader2 className="size-4 animate-spin" aria-label="Loading" />
                  ) : null}
                </button>
              </li>
            ))}
          </ul>
        </HistoryStates>
      </div>
    </DialogContent>
  );
}
