"use client";

import { Info } from "lucide-react";
import { useMemo, useState, type Dispatch, type ReactNode } from "react";
import { ErrorState } from "@/components/ui/error-state";
import { Skeleton } from "@/components/ui/skeleton";
import type { VideoRequestBody } from "@/lib/playground/build-request";
import { fitParameters } from "@/lib/playground/fit-parameters";
import type { FormAction } from "@/lib/playground/form-reducer";
import type { PlaygroundForm } from "@/lib/playground/form-state";
import { hiddenInputsNotice, type FormProblem } from "@/lib/playground/rules";
import { MODEL_CAPABILITIES } from "@/lib/video/capabilities";
import { MediaBlocks, preloadMediaBlocks } from "../media/media-blocks";
import { lazyPart } from "../lazy-part";
import { Panel } from "../panel";
import { GenerateBar } from "./generate-bar";
import { ModePicker } from "./mode-picker";
import { ModelPicker } from "./model-picker";
import { ParametersFields } from "./parameters-fields";
import { PromptField } from "./prompt-field";

const REQUEST_PANEL_ID = "request-preview";

// "View request" loads its panel (JSON and curl, copy buttons) when first pointed at or opened.
const RequestPreview = lazyPart(
  () => import("./request-preview").then((m) => m.RequestPreview),
  <div id={REQUEST_PANEL_ID} aria-busy="true">
    <Skeleton className="h-48 rounded-lg" />
  </div>,
);

interface PlaygroundFormProps {
  form: PlaygroundForm;
  dispatch: Dispatch<FormAction>;
  body: VideoRequestBody;
  problems: FormProblem[];
  pending: boolean;
  submitError: unknown;
  onGenerate: () => void;
  /** Beside Generate (the takes and the estimate). */
  generateExtras?: ReactNode;
}

/** Model, mode and media blocks, prompt, parameters, then Generate and the exact request. */
export function PlaygroundFormPanel({
  form,
  dispatch,
  body,
  problems,
  pending,
  submitError,
  onGenerate,
  generateExtras,
}: PlaygroundFormProps) {
  const [requestOpen, setRequestOpen] = useState(false);
  const [modelChanges, setModelChanges] = useState<string[]>([]);
  const caps = MODEL_CAPABILITIES[form.model];
  const hidden = useMemo(() => hiddenInputsNotice(form), [form]);

  return (
    <Panel
      id="create"
      title="Create a video"
      description="Pick a model and a mode, add media and a prompt, then Generate."
    >
      <form
        noValidate
        className="space-y-6"
        onSubmit={(event) => {
          event.preventDefault();
          onGenerate();
        }}
      >
        <div className="space-y-2">
          <ModelPicker
            value={form.model}
            onChange={(model) => {
              setModelChanges(fitParameters(form, model).changes);
              dispatch({ type: "setModel", model });
            }}
          />
          <div aria-live="polite" className="text-muted text-xs">
            {modelChanges.join(" ")}
          </div>
        </div>
        <ModePicker
          caps={caps}
          value={form.mode}
          onChange={(mode) => dispatch({ type: "setMode", mode })}
          onPrepare={preloadMediaBlocks}
        >
          <MediaBlocks form={form} caps={caps} problems={problems} dispatch={dispatch} />
          {hidden ? (
            <p className="text-muted flex gap-2 text-xs">
              <Info className="mt-0.5 size-3.5 shrink-0" aria-hidden />
              {hidden}
            </p>
          ) : null}
        </ModePicker>
        <PromptField
          value={form.prompt}
          onChange={(prompt) => dispatch({ type: "patch", patch: { prompt } })}
          onSubmitShortcut={onGenerate}
        />
        <ParametersFields form={form} caps={caps} dispatch={dispatch} />
        <GenerateBar
          extras={generateExtras}
          problems={problems}
          pending={pending}
          requestOpen={requestOpen}
          onToggleRequest={() => setRequestOpen((open) => !open)}
          onPrepareRequest={RequestPreview.preload}
          requestPanelId={REQUEST_PANEL_ID}
        />
        {submitError ? <ErrorState error={submitError} title="The video was not started" /> : null}
        {requestOpen ? <RequestPreview id={REQUEST_PANEL_ID} body={body} /> : null}
      </form>
    </Panel>
  );
}
