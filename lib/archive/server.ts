import "server-only";
import path from "node:path";
import { logError } from "@/lib/api/log";
import { getTaskProvider, type TaskProvider } from "@/lib/api/task-provider";
import { env } from "@/lib/env";
import { getWorkspace } from "@/lib/workspace/workspace";
import { createArchiver, type Archiver, type KeepSource } from "./archiver";
import { ARCHIVE_FOLDER } from "./layout";
import { inProcessKeepSource, remoteKeepSource } from "./sources";

// The archiver of this server process, for the provider chosen from env. Cached on globalThis
// like the workspace store: Next may load this module more than once (route bundles, start-up),
// and every copy must share one queue, or one task would be copied twice at once.

const store = globalThis as typeof globalThis & { __portraitStudioArchiver?: Archiver };

const GB = 1024 ** 3;

function sourceFor(provider: TaskProvider): KeepSource {
  if (provider.name === "emulator") return inProcessKeepSource(provider);
  return remoteKeepSource({
    baseUrl: env.ark?.baseUrl ?? env.TOKEN360_BASE_URL,
    outputsOf: async (taskId) => (await provider.getTask(taskId))?.outputs ?? null,
    openDirect: (taskId, file, range, signal) =>
      file === "video" ? provider.openContent(taskId, range, signal) : provider.openLastFrame(taskId, signal),
  });
}

export function getArchiver(): Archiver {
  if (!store.__portraitStudioArchiver) {
    const provider = getTaskProvider();
    const workspace = getWorkspace();
    store.__portraitStudioArchiver = createArchiver({
      root: path.resolve(env.DATA_DIR, ARCHIVE_FOLDER),
      provider: provider.name,
      tasks: workspace.tasks,
      archive: workspace.archive,
      source: sourceFor(provider),
      enabled: env.ARCHIVE,
      capBytes: env.ARCHIVE_MAX_GB > 0 ? Math.round(env.ARCHIVE_MAX_GB * GB) : null,
      log: logError,
    });
  }
  return store.__portraitStudioArchiver;
}

/** Where completion is seen (the history, a task's detail): keeps the copy, without waiting for it. */
export function noticeCompleted(taskIds: readonly string[]): void {
  if (!env.ARCHIVE || taskIds.length === 0) return;
  try {
    const archiver = getArchiver();
    for (const taskId of taskIds) void archiver.ensureKept(taskId);
  } catch (error) {
    logError("could not start keeping a copy of a finished video", error);
  }
}

/** What the app presents about its copy of a task: whether it is kept, and whether it is starred. */
export function keepFieldsOf(taskId: string): { kept: boolean; starred: boolean } {
  try {
    const row = getArchiver().find(taskId);
    return { kept: row?.state === "kept", starred: row?.starred ?? false };
  } catch (error) {
    logError("could not read a task's kept copy", error);
    return { kept: false, starred: false };
  }
}

/** A task as the BFF answers it, with its kept/starred fields; a completed one is kept from now on. */
export function withKeepFields<T extends { id: string; status: string }>(
  task: T,
): T & { kept: boolean; starred: boolean } {
  if (task.status === "completed") noticeCompleted([task.id]);
  return { ...task, ...keepFieldsOf(task.id) };
}

/** A history page as the BFF answers it: each task with its kept/starred fields. */
export const withKeepFieldsPage = <P extends { items: { id: string; status: string }[] }>(page: P) => ({
  ...page,
  items: page.items.map(withKeepFields),
});
