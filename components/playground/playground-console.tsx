"use client";

import { useQuery } from "@tanstack/react-query";
import { useMemo, useReducer, useState } from "react";
import { buildVideoRequest } from "@/lib/playground/build-request";
import { formReducer } from "@/lib/playground/form-reducer";
import { initialForm } from "@/lib/playground/form-state";
import { lineageOfForm, startFromFirstFrame } from "@/lib/playground/lineage-origin";
import { formProblems } from "@/lib/playground/rules";
import { pricingQuery } from "@/lib/queries/pricing";
import { Skeleton } from "@/components/ui/skeleton";
import { CostEstimate } from "./form/cost-estimate";
import { PlaygroundFormPanel } from "./form/playground-form";
import { TakesPicker } from "./form/takes-picker";
import { HistoryPanel } from "./history/history-panel";
import { lazyPart } from "./lazy-part";
import { ResultPanel } from "./result/result-panel";
import { useTakes } from "./takes/use-takes";
import { useActiveVideo } from "./use-active-video";
import { useGenerate } from "./use-generate";
import { useSavedForm } from "./use-saved-form";
import { useTaskActions } from "./use-task-actions";

// A group of takes opens on request (several takes sent, or a group in the history): its grid and
// cards load then, an outline of the panel holding its place.
const TakesPanel = lazyPart(
  () => import("./takes/takes-panel").then((m) => m.TakesPanel),
  <Skeleton className="h-72 rounded-xl" />,
);

/**
 * The two-column Playground: the form on the left, the followed result and the history on the
 * right; below lg one column (minmax(0, 1fr), so no long line widens the page), form first.
 */
export function PlaygroundConsole() {
  const [form, dispatch] = useReducer(formReducer, undefined, () => initialForm());
  const [activeId, setActiveId] = useActiveVideo();
  const droppedFiles = useSavedForm(form, dispatch);
  // One body for Generate and "View request": what is shown is what is sent.
  const body = useMemo(() => buildVideoRequest(form), [form]);
  const problems = useMemo(() => formProblems(form), [form]);
  const { generate, pending, error } = useGenerate((task) => setActiveId(task.id));
  const { runAgain, takeAsSource } = useTaskActions(form, dispatch);
  // Takes: the same request with other seeds, as many at the provider as it runs at once.
  const [takeCount, setTakeCount] = useState(1);
  const [openGroup, setOpenGroup] = useState<string | null>(null);
  const concurrency = useQuery(pricingQuery()).data?.prices?.concurrentTasks ?? 1;
  const takes = useTakes(concurrency, setOpenGroup);

  const onGenerate = () => {
    // The task index keeps the mode the user was in and the earlier results and files the task uses.
    if (problems.length > 0 || pending || takes.sending) return;
    const origin = { mode: form.mode, ...lineageOfForm(form) };
    if (takeCount > 1) takes.start(body, origin, takeCount);
    else generate(body, origin);
  };

  return (
    <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-[minmax(0,7fr)_minmax(0,5fr)]">
      {droppedFiles.length > 0 ? (
        <p
          role="status"
          className="border-warning/40 bg-warning/5 rounded-md border px-3 py-2 text-sm lg:col-span-2"
        >
          {droppedFiles.map((name) => `“${name}”`).join(", ")}{" "}
          {droppedFiles.length === 1 ? "was a file" : "were files"} from your device and could not be kept
          with the form: add {droppedFiles.length === 1 ? "it" : "them"} again.
        </p>
      ) : null}
      <PlaygroundFormPanel
        form={form}
        dispatch={dispatch}
        body={body}
        problems={problems}
        pending={pending || takes.sending}
        submitError={error}
        onGenerate={onGenerate}
        generateExtras={
          <>
            <TakesPicker value={takeCount} onChange={setTakeCount} />
            <CostEstimate body={body} takes={takeCount} />
          </>
        }
      />
      <div className="space-y-6">
        {openGroup ? (
          <TakesPanel
            groupId={openGroup}
            run={takes.run?.groupId === openGroup ? takes.run : null}
            onClose={() => setOpenGroup(null)}
          />
        ) : null}
        <ResultPanel
          videoId={activeId}
          onRunAgain={(videoId) => void runAgain(videoId)}
          onOpenVideo={setActiveId}
          onUseAsFirstFrame={(asset) => startFromFirstFrame(dispatch, asset)}
        />
        <HistoryPanel
          activeId={activeId}
          onOpenTakes={setOpenGroup}
          actions={{
            onOpen: (task) => setActiveId(task.id),
            onRunAgain: (task) => void runAgain(task.id),
            onUseAsSource: (task, mode) => void takeAsSource(task, mode),
          }}
          onDeleted={(videoId) => {
            if (activeId === videoId) setActiveId(null);
          }}
        />
      </div>
    </div>
  );
}
