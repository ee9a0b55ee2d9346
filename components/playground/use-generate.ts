"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useCallback, useRef } from "react";
import type { VideoRequestBody } from "@/lib/playground/build-request";
import { createVideo, videoKeys, type VideoOrigin } from "@/lib/queries/videos";
import type { VideoDetail, VideoTask } from "@/lib/schemas/video";

/**
 * Posts the built body once. A ref guards the gap between a click and React re-rendering the
 * button as disabled, so a double click or Ctrl+Enter twice never creates two tasks.
 */
export function useGenerate(onCreated: (task: VideoTask) => void) {
  const queryClient = useQueryClient();
  const inFlight = useRef(false);
  const mutation = useMutation({
    mutationFn: ({ body, origin }: { body: VideoRequestBody; origin: VideoOrigin }) =>
      createVideo(body, origin),
    onSuccess: (task, { body }) => {
      // Seed the detail cache so the result shows at once and "Run again" knows the body.
      queryClient.setQueryData<VideoDetail>(videoKeys.detail(task.id), { ...task, request: body });
      void queryClient.invalidateQueries({ queryKey: videoKeys.lists() });
      onCreated(task);
    },
    onSettled: () => {
      inFlight.current = false;
    },
  });
  const { mutate, reset } = mutation;
  const generate = useCallback(
    (body: VideoRequestBody, origin: VideoOrigin = {}) => {
      if (inFlight.current) return;
      inFlight.current = true;
      reset();
      mutate({ body, origin });
    },
    [mutate, reset],
  );
  return { generate, pending: mutation.isPending, error: mutation.error };
}
