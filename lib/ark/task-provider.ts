import "server-only";
import type { TaskProvider } from "@/lib/api/task-provider";
import { ApiError } from "@/lib/errors/api-error";
import { arkSourceUrl, openArkContent, openArkLastFrame } from "./content";
import { createArkTask, deleteArkTask, getArkTask } from "./tasks";
import { getArkUpstream, type ArkUpstream } from "./upstream";

// The native Seedance task API behind the task index's provider seam. It has no list here
// (LaoZhang's relay has none; the official hosts keep 7 days): the index is the history.

const isGone = (error: unknown) => error instanceof ApiError && error.code === "not_found";

export function arkTaskProvider(upstream: ArkUpstream = getArkUpstream()): TaskProvider {
  const { settings } = upstream;
  return {
    // One history per host: tasks of one provider are unknown to another.
    name: `ark:${settings.preset ?? new URL(settings.baseUrl).host}`,
    label: settings.label,
    assetLibrary: false,
    createTask: (body) => createArkTask(body, upstream),
    async getTask(taskId) {
      try {
        return await getArkTask(taskId, upstream);
      } catch (error) {
        if (isGone(error)) return null;
        throw error;
      }
    },
    deleteTask: (taskId, status) => deleteArkTask(taskId, upstream, status),
    openContent: (taskId, range, signal) => openArkContent(taskId, range, upstream, signal),
    openLastFrame: (taskId, signal) => openArkLastFrame(taskId, upstream, signal),
    sourceUrl: (taskId) => arkSourceUrl(taskId, upstream),
  };
}
