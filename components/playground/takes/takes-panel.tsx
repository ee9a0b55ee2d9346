"use client";

import { useQueries, useQuery } from "@tanstack/react-query";
import { Eraser, X } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { TakeRun } from "@/lib/playground/takes";
import { pricingQuery } from "@/lib/queries/pricing";
import { isTerminalTask, videoQuery } from "@/lib/queries/videos";
import type { VideoTask } from "@/lib/schemas/video";
import { useProviderInfo } from "@/components/shell/provider-context";
import { useVideoHistory } from "../history/use-video-history";
import { Panel } from "../panel";
import { TakeCard, type TakeSlot } from "./take-card";
import { whenRendered } from "@/components/ui/lazy-load";

// Loaded when first shown, not with the page.
const ClearTakesDialog = whenRendered(() => import("./clear-takes-dialog").then((m) => m.ClearTakesDialog));

/** The takes of the group as slots: this page's run when it made them, else the history's tasks. */
function slotsOf(run: TakeRun | null, members: VideoTask[]): TakeSlot[] {
  const byId = new Map(members.map((task) => [task.id, task]));
  if (run)
    return run.takes.map((take, i) => ({
      number: i + 1,
      seed: take.seed,
      taskId: take.taskId,
      state: take.state,
      error: take.error,
      listed: take.taskId ? byId.get(take.taskId) : undefined,
    }));
  return [...members]
    .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt))
    .map((task, i) => ({
      number: i + 1,
      seed: task.parameters.seed,
      taskId: task.id,
      state: "sent",
      error: null,
      listed: task,
    }));
}

/**
 * A group of takes side by side: each plays in the grid; star the one to keep, then "Clear the
 * rest" deletes the others. Takes past the provider's concurrency wait here until one finishes.
 */
export function TakesPanel({
  groupId,
  run,
  onClose,
}: {
  groupId: string;
  /** This page's run of the group, while it is the one open. */
  run: TakeRun | null;
  onClose: () => void;
}) {
  const provider = useProviderInfo();
  const limit = useQuery(pricingQuery()).data?.prices?.concurrentTasks ?? 1;
  const { tasks } = useVideoHistory(10);
  const [cleared, setCleared] = useState<string[]>([]);
  const [clearing, setClearing] = useState(false);
  const members = tasks.filter((task) => task.takeGroupId === groupId);
  const slots = slotsOf(run, members).filter((slot) => !slot.taskId || !cleared.includes(slot.taskId));
  const ids = slots.flatMap((slot) => (slot.taskId ? [slot.taskId] : []));
  const finished = useQueries({
    queries: ids.map((id) => videoQuery(id)),
    combine: (results) => results.filter((result) => isTerminalTask(result.data)).length,
  });
  const starred = slots.filter((slot) => slot.listed?.starred === true);
  const rest = slots.flatMap((slot) => (slot.taskId && slot.listed?.starred !== true ? [slot.taskId] : []));
  const unsent = slots.some((slot) => slot.state === "waiting" || slot.state === "sending");
  const waitingNote = `Waiting: ${provider.label} runs ${limit} at a time.`;

  return (
    <Panel
      id="takes"
      title="Takes"
      description="The same request with a different seed each. Star the take you keep, then clear the rest."
    >
      <p aria-live="polite" className="text-muted mb-3 text-sm">
        {finished} of {slots.length} {slots.length === 1 ? "take" : "takes"} finished
        {starred.length > 0 ? ` · take ${starred.map((slot) => slot.number).join(", ")} starred` : ""}
      </p>
      <ul aria-label="Takes side by side" className="grid grid-cols-2 gap-2 sm:gap-3">
        {slots.map((slot) => (
          <TakeCard key={slot.number} slot={slot} waitingNote={waitingNote} />
        ))}
      </ul>
      <div className="mt-3 flex flex-wrap items-center justify-end gap-2">
        <Button variant="ghost" onClick={onClose} className="mr-auto">
          <X aria-hidden />
          Close takes
        </Button>
        <p id="clear-takes-hint" className="text-muted text-xs">
          {starred.length === 0 ? "Star a take first." : unsent ? "Wait until every take is sent." : null}
        </p>
        <Button
          variant="secondary"
          disabled={starred.length === 0 || rest.length === 0 || unsent}
          aria-describedby="clear-takes-hint"
          onClick={() => setClearing(true)}
        >
          <Eraser aria-hidden />
          Clear the rest
        </Button>
      </div>
      {clearing ? (
        <ClearTakesDialog
          taskIds={rest}
          onClose={() => setClearing(false)}
          onCleared={(ids) => setCleared((before) => [...before, ...ids])}
        />
      ) : null}
    </Panel>
  );
}
