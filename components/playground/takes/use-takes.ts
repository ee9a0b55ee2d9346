"use client";

import { useQueries, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useReducer, useRef } from "react";
import { errorMessage } from "@/lib/client/api-error";
import type { VideoRequestBody } from "@/lib/playground/build-request";
import { newTakeGroupId, startRun, takeSeeds, takesReducer, takesToSend } from "@/lib/playground/takes";
import { createTake } from "@/lib/queries/takes";
import { isTerminalTask, videoKeys, videoQuery, type VideoOrigin } from "@/lib/queries/videos";
import type { VideoDetail } from "@/lib/schemas/video";

/**
 * Runs a group of takes: the same body with one seed each, at most `limit` at the provider at
 * once (its concurrency); the others wait in this page and go as earlier takes finish. Each
 * take is followed by its detail query, which is what frees a slot.
 */
export function useTakes(limit: number, onStarted: (groupId: string) => void) {
  const queryClient = useQueryClient();
  const [run, dispatch] = useReducer(takesReducer, null);
  const request = useRef<{ body: VideoRequestBody; origin: VideoOrigin } | null>(null);
  // Takes already posted: an effect that runs twice must never post one twice.
  const posted = useRef(new Set<string>());

  const taskIds = (run?.takes ?? []).flatMap((take) => (take.taskId ? [take.taskId] : []));
  const running = useQueries({
    queries: taskIds.map((id) => videoQuery(id)),
    combine: (results) => results.filter((result) => !isTerminalTask(result.data)).length,
  });

  useEffect(() => {
    const sent = request.current;
    if (!run || !sent) return;
    for (const index of takesToSend(run, running, limit)) {
      const key = `${run.groupId}:${index}`;
      if (posted.current.has(key)) continue;
      posted.current.add(key);
      const { groupId } = run;
      const body = { ...sent.body, seed: run.takes[index]!.seed };
      dispatch({ type: "sending", groupId, index });
      createTake(body, sent.origin, groupId).then(
        (task) => {
          queryClient.setQueryData<VideoDetail>(videoKeys.detail(task.id), { ...task, request: body });
          void queryClient.invalidateQueries({ queryKey: videoKeys.lists() });
          dispatch({ type: "sent", groupId, index, taskId: task.id });
        },
        (error: unknown) => dispatch({ type: "failed", groupId, index, message: errorMessage(error) }),
      );
    }
  }, [run, running, limit, queryClient]);

  const start = useCallback(
    (body: VideoRequestBody, origin: VideoOrigin, count: number) => {
      const groupId = newTakeGroupId();
      request.current = { body, origin };
      dispatch({ type: "start", run: startRun(groupId, takeSeeds(count, body.seed ?? null)) });
      onStarted(groupId);
    },
    [onStarted],
  );

  return { run, start, sending: run?.takes.some((take) => take.state === "sending") ?? false };
}
