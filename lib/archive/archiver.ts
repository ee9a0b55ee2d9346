import { rm } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";
import pLimit from "p-limit";
import type { ArchiveRepo, KeepRow } from "@/lib/workspace/archive-repo";
import type { TaskRepo } from "@/lib/workspace/tasks-repo";
import { copyToFile } from "./copy-file";
import { keptPathOf, PART_SUFFIX, resolveKept, type KeptFile } from "./layout";

// Keeps a copy of every completed task's MP4 and last frame, because providers forget them.
// `ensureKept(taskId)` is idempotent and cheap once a task is kept, so it is called wherever
// completion is seen (the BFF's list and detail, a boot sweep); each copy is recorded in the task
// index (video_archive), streamed to disk, a bounded number at a time, retried with backoff, and
// continued after a restart from the rows still pending. Past the size cap the oldest kept
// copies go first; a starred video is never removed.

/** Where a task's files come from: the provider's links, or the embedded emulator in-process. */
export interface KeepSource {
  /** One output of a finished task from byte `from` on; null when the task has no such file. */
  open(taskId: string, file: KeptFile, from: number, signal: AbortSignal): Promise<Response | null>;
}

export interface ArchiverOptions {
  /** DATA_DIR/archive. */
  root: string;
  /** The provider's name in the task index. */
  provider: string;
  tasks: Pick<TaskRepo, "find">;
  archive: ArchiveRepo;
  source: KeepSource;
  /** ARCHIVE=off: nothing new is copied; kept copies still serve. */
  enabled: boolean;
  /** The most the kept copies may take (ARCHIVE_MAX_GB); null = no cap. */
  capBytes: number | null;
  concurrency?: number;
  maxAttempts?: number;
  /** The first retry's wait; each next one doubles it. */
  backoffMs?: number;
  /** A source silent this long is given up on (the copy is retried). */
  idleMs?: number;
  now?: () => number;
  log?: (message: string, error?: unknown) => void;
}

export interface ArchiveUsage {
  enabled: boolean;
  usedBytes: number;
  keptCount: number;
  capBytes: number | null;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function createArchiver(options: ArchiverOptions) {
  const { root, provider, tasks, archive, source } = options;
  const maxAttempts = options.maxAttempts ?? 5;
  const backoffMs = options.backoffMs ?? 2000;
  const now = options.now ?? Date.now;
  const log = options.log ?? (() => undefined);
  const limit = pLimit(options.concurrency ?? 2);
  const inFlight = new Map<string, Promise<void>>();
  const stopping = new AbortController();

  const fileOf = (taskId: string, file: KeptFile) => keptPathOf(provider, taskId, file);

  async function removeFiles(taskId: string) {
    for (const file of ["video", "frame"] as const) {
      const full = resolveKept(root, fileOf(taskId, file));
      await rm(full, { force: true });
      await rm(`${full}${PART_SUFFIX}`, { force: true });
    }
  }

  async function copyOne(taskId: string, file: KeptFile): Promise<number | null> {
    let missing = false;
    const size = await copyToFile(
      async (from, signal) => {
        const response = await source.open(taskId, file, from, signal);
        if (response) return response;
        missing = true;
        return new Response(null, { status: 404 });
      },
      resolveKept(root, fileOf(taskId, file)),
      stopping.signal,
      options.idleMs,
    ).catch((error: unknown) => {
      if (missing) return null;
      throw error;
    });
    return size;
  }

  async function copyTask(taskId: string, hasLastFrame: boolean) {
    const videoBytes = await copyOne(taskId, "video");
    if (videoBytes === null) throw new Error("the provider has no video for this task");
    const frameBytes = hasLastFrame ? await copyOne(taskId, "frame") : null;
    const recorded = archive.recordKept(provider, taskId, {
      videoPath: fileOf(taskId, "video"),
      videoBytes,
      framePath: frameBytes === null ? null : fileOf(taskId, "frame"),
      frameBytes,
      keptAt: now(),
    });
    // Deleted from the history while it was copied: nothing may stay behind.
    if (!recorded) await removeFiles(taskId);
  }

  /** Removes the oldest kept copies that are not starred until the total fits under the cap. */
  async function enforceCap(): Promise<string[]> {
    const removed: string[] = [];
    if (options.capBytes === null) return removed;
    while (archive.usedBytes() > options.capBytes) {
      const [oldest] = archive.oldestUnstarred(1);
      if (!oldest) break;
      if (archive.recordEvicted(oldest.provider, oldest.taskId)) {
        for (const relative of [oldest.videoPath, oldest.framePath]) {
          if (relative) await rm(resolveKept(root, relative), { force: true });
        }
        removed.push(oldest.taskId);
      }
    }
    if (removed.length > 0) log(`the archive cap removed ${removed.length} kept video(s), oldest first`);
    return removed;
  }

  async function run(taskId: string, hasLastFrame: boolean) {
    for (;;) {
      try {
        await limit(() => copyTask(taskId, hasLastFrame));
        await enforceCap();
        return;
      } catch (error) {
        if (stopping.signal.aborted) return;
        archive.recordFailure(provider, taskId, messageOf(error), maxAttempts);
        const row = archive.find(provider, taskId);
        if (row?.state !== "pending") {
          log(`gave up keeping a copy of ${taskId} after ${row?.attempts ?? 0} attempts`, error);
          return;
        }
        const wait = backoffMs * 2 ** Math.max(0, row.attempts - 1);
        await sleep(wait, undefined, { signal: stopping.signal }).catch(() => undefined);
        if (stopping.signal.aborted) return;
      }
    }
  }

  /** Starts (or joins) the copy of a completed task; resolves when it is kept or given up. */
  function ensureKept(taskId: string): Promise<void> {
    const running = inFlight.get(taskId);
    if (running) return running;
    if (!options.enabled || stopping.signal.aborted) return Promise.resolve();
    const task = tasks.find(provider, taskId);
    if (task?.status !== "completed") return Promise.resolve();
    const known = archive.find(provider, taskId);
    if (known && known.state !== "none" && known.state !== "pending") return Promise.resolve();
    const row = archive.request(provider, taskId);
    if (row?.state !== "pending") return Promise.resolve();
    const job = run(taskId, task.hasLastFrame)
      .catch((error: unknown) => log(`could not keep a copy of ${taskId}`, error))
      .finally(() => inFlight.delete(taskId));
    inFlight.set(taskId, job);
    return job;
  }

  /** At start: continues the copies a restart interrupted, and asks for those never asked. */
  function sweep(recent = 200): Promise<void> {
    if (!options.enabled) return Promise.resolve();
    const pending = archive
      .pending()
      .filter((row) => row.provider === provider)
      .map((row) => row.taskId);
    const ids = [...new Set([...pending, ...archive.unrequested(provider, recent)])];
    return Promise.all(ids.map(ensureKept)).then(() => undefined);
  }

  /** The kept file's absolute path, or null when there is no kept copy of it. */
  function keptFile(taskId: string, file: KeptFile): string | null {
    const row = archive.find(provider, taskId);
    const relative = row?.state === "kept" ? (file === "video" ? row.videoPath : row.framePath) : null;
    return relative ? resolveKept(root, relative) : null;
  }

  return {
    ensureKept,
    sweep,
    enforceCap,
    keptFile,
    find: (taskId: string): KeepRow | undefined => archive.find(provider, taskId),
    /** False when the index has no such task. */
    setStarred: (taskId: string, starred: boolean) => archive.setStarred(provider, taskId, starred, now()),
    usage: (): ArchiveUsage => ({
      enabled: options.enabled,
      usedBytes: archive.usedBytes(),
      keptCount: archive.keptCount(),
      capBytes: options.capBytes,
    }),
    /** Before a task leaves the history: its kept files go with it. */
    discard: removeFiles,
    /** Stops copying (in-flight copies end where they are; a later start resumes them). */
    close: () => stopping.abort(),
  };
}
export type Archiver = ReturnType<typeof createArchiver>;
