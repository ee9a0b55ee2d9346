"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, type Dispatch } from "react";
import { useToast } from "@/components/ui/toast";
import { errorMessage } from "@/lib/client/api-error";
import { earlierResultInput } from "@/lib/playground/earlier-result";
import type { FormAction } from "@/lib/playground/form-reducer";
import { initialForm, type PlaygroundForm } from "@/lib/playground/form-state";
import { videoQuery } from "@/lib/queries/videos";
import type { VideoTask } from "@/lib/schemas/video";
import { MODEL_CAPABILITIES, isVideoModelId, type VideoModelId } from "@/lib/video/capabilities";

const focusPrompt = () => document.getElementById("prompt")?.focus();

/** "Run again" and "Extend"/"Edit" from a past task: they fill the form; the creator presses Generate. */
export function useTaskActions(form: PlaygroundForm, dispatch: Dispatch<FormAction>) {
  const queryClient = useQueryClient();
  const toast = useToast();

  const runAgain = useCallback(
    async (videoId: string) => {
      try {
        // Reading a request back into the form is only needed here: its code comes with the click.
        const [detail, { formFromRequest }] = await Promise.all([
          queryClient.fetchQuery(videoQuery(videoId)),
          import("@/lib/playground/from-request"),
        ]);
        if (detail.request) {
          const { form: rebuilt, notes } = formFromRequest(detail.request, detail.mode);
          dispatch({ type: "load", form: rebuilt });
          toast({
            title: "Settings loaded",
            description: ["Check them and press Generate.", ...notes].join(" "),
          });
        } else {
          // Made outside this app: only what the task itself tells is known.
          const model = isVideoModelId(detail.model) ? detail.model : form.model;
          dispatch({ type: "load", form: { ...initialForm(model), prompt: detail.prompt } });
          toast({
            title: "Prompt and model loaded",
            description: "This video was not created here, so its media inputs are unknown.",
          });
        }
        focusPrompt();
      } catch (error) {
        toast({
          tone: "danger",
          title: "The settings could not be loaded",
          description: errorMessage(error),
        });
      }
    },
    [dispatch, form.model, queryClient, toast],
  );

  const takeAsSource = useCallback(
    async (task: VideoTask, mode: "extend_video" | "edit_video") => {
      try {
        const input = await earlierResultInput(task);
        if (!MODEL_CAPABILITIES[form.model].modes.includes(mode)) {
          const model: VideoModelId = "seedance-2.0";
          dispatch({ type: "setModel", model });
          toast({
            title: `Switched to ${model}`,
            description: `${form.model} can't ${mode === "edit_video" ? "edit" : "extend"} videos.`,
          });
        }
        dispatch({ type: "setMode", mode });
        dispatch({ type: "setInputs", slot: "sourceVideo", inputs: [input] });
        focusPrompt();
      } catch (error) {
        toast({
          tone: "danger",
          title: "That video can't be used right now",
          description: errorMessage(error),
        });
      }
    },
    [dispatch, form.model, toast],
  );

  return { runAgain, takeAsSource };
}
