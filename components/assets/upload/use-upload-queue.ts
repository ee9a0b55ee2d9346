"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useReducer, useRef } from "react";
import { assetGroupKeys } from "@/lib/queries/asset-groups";
import { assetKeys } from "@/lib/queries/assets";
import { sendUpload } from "@/lib/queries/send-upload";
import type { RetentionChoice } from "@/lib/schemas/asset";
import { errorMessage } from "@/lib/client/api-error";
import { isPending, uploadQueueReducer, type UploadItem } from "./upload-queue-state";

/** Two at a time: quick for a handful of images without flooding the server. */
const CONCURRENCY = 2;

export interface UploadTarget {
  groupId: string;
  retention: RetentionChoice;
}

/** Uploads the queue with per-file progress; cancel() aborts whatever is in flight. */
export function useUploadQueue() {
  const queryClient = useQueryClient();
  const [items, dispatch] = useReducer(uploadQueueReducer, []);
  const latest = useRef(items);
  const controllers = useRef(new Map<string, AbortController>());
  const stopped = useRef(false);
  useEffect(() => {
    latest.current = items;
  });
  // Closing the dialog mid-upload must not leave requests running.
  useEffect(() => {
    const inFlight = controllers.current;
    return () => {
      stopped.current = true;
      inFlight.forEach((controller) => controller.abort());
    };
  }, []);

  const uploadOne = useCallback(
    async (item: UploadItem, target: UploadTarget) => {
      const controller = new AbortController();
      controllers.current.set(item.id, controller);
      dispatch({ type: "start", id: item.id });
      try {
        await sendUpload(
          { file: item.file, name: item.name.trim(), ...target },
          {
            signal: controller.signal,
            onProgress: (progress) => dispatch({ type: "progress", id: item.id, progress }),
          },
        );
        dispatch({ type: "done", id: item.id });
        // The new row appears (as Processing) while the rest of the queue is still going.
        void queryClient.invalidateQueries({ queryKey: assetKeys.all });
        return true;
      } catch (error) {
        if (error instanceof DOMException && error.name === "AbortError") {
          dispatch({ type: "canceled", id: item.id });
        } else {
          dispatch({ type: "failed", id: item.id, error: errorMessage(error) });
        }
        return false;
      } finally {
        controllers.current.delete(item.id);
      }
    },
    [queryClient],
  );

  /** Sends every pending item; resolves with how many arrived out of how many were sent. */
  const start = useCallback(
    async (target: UploadTarget) => {
      const todo = latest.current.filter(isPending);
      stopped.current = false;
      let succeeded = 0;
      let index = 0;
      const worker = async () => {
        while (!stopped.current && index < todo.length) {
          const item = todo[index];
          index += 1;
          if (item && (await uploadOne(item, target))) succeeded += 1;
        }
      };
      await Promise.all(Array.from({ length: Math.min(CONCURRENCY, todo.length) }, worker));
      void queryClient.invalidateQueries({ queryKey: assetGroupKeys.all });
      return { succeeded, total: todo.length };
    },
    [uploadOne, queryClient],
  );

  const cancel = useCallback(() => {
    stopped.current = true;
    controllers.current.forEach((controller) => controller.abort());
  }, []);

  return {
    items,
    add: (files: readonly File[]) => dispatch({ type: "add", files }),
    rename: (id: string, name: string) => dispatch({ type: "rename", id, name }),
    remove: (id: string) => dispatch({ type: "remove", id }),
    start,
    cancel,
    uploading: items.some((item) => item.status === "uploading"),
  };
}
