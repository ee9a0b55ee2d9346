import "server-only";
import { existsSync } from "node:fs";
import { ApiError } from "@/lib/errors/api-error";
import type { CursorPage } from "@/lib/schemas/page";
import type { ListVideosQuery, VideoTaskRecord } from "@/lib/schemas/video";
import type { TakesRepo } from "@/lib/workspace/takes-repo";
import type { TaskAnchor, TaskRepo } from "@/lib/workspace/tasks-repo";
import { getWorkspace } from "@/lib/workspace/workspace";
import { LEGACY_VIDEO_REQUESTS_DIR } from "./data-dir";
import { adoptLegacyRequest } from "./legacy-video-requests";
import { logError } from "./log";
import { mergeTaskPages, type MergedTask } from "./merge-task-list";
import { getTaskProvider, type TaskProvider } from "./task-provider";
import { createdAtOf, lostRecord, recordOf } from "./task-records";
import { takesRepo, withTakesAndCost } from "./takes-and-cost";
import { recordSeen } from "./video-tasks";

// GET /api/videos: the task index merged with the provider's list where it has one. The index
// pages (it holds every task the app made, also those the provider forgot); the provider's page
// past the same cursor adds live status and the tasks made elsewhere with the same key.

export type ListedTask = VideoTaskRecord & { providerListed: boolean | null };

const isLive = (record: VideoTaskRecord) => record.status === "queued" || record.status === "in_progress";

/** Where the cursor task sits in the history: from the index, else from the provider. */
async function anchorOf(
  repo: TaskRepo,
  provider: TaskProvider,
  taskId: string,
): Promise<TaskAnchor & { listed: boolean }> {
  const row = repo.find(provider.name, taskId);
  if (row) return { createdAt: row.createdAt, taskId, listed: row.providerListed };
  const found = await provider.getTask(taskId);
  if (!found) throw new ApiError("not_found", "The video to page from no longer exists; reload the history");
  return { createdAt: createdAtOf(found.record, 0), taskId, listed: true };
}

async function providerPage(
  provider: TaskProvider,
  query: ListVideosQuery,
  anchorListed: boolean,
): Promise<CursorPage<VideoTaskRecord> | null> {
  if (!provider.listTasks) return null;
  // The provider forgets its oldest tasks first: past one it forgot, it has nothing left.
  if (!anchorListed) return { items: [], hasMore: false, firstId: null, lastId: null };
  try {
    return await provider.listTasks(query);
  } catch (error) {
    // The history still answers from the index; live rows are then followed one by one.
    logError("the provider's task list failed; answering from the task index", error);
    return null;
  }
}

/** A live task only the index holds: asked for by id (the list may lag or not exist). */
async function refresh(repo: TaskRepo, provider: TaskProvider, item: MergedTask): Promise<MergedTask> {
  try {
    const found = await provider.getTask(item.record.id);
    const record = found
      ? {
          ...found.record,
          mode: item.record.mode ?? found.record.mode,
          prompt: found.record.prompt || item.record.prompt,
        }
      : lostRecord(item.record);
    recordSeen(repo, provider.name, {
      record,
      outputs: found?.outputs ?? null,
      listed: found !== null,
      usage: found?.usage,
    });
    return { ...item, record, providerListed: found ? (provider.listTasks ? true : null) : false };
  } catch (error) {
    logError("could not refresh a live task", error);
    return item;
  }
}

export interface TaskListSources {
  provider: TaskProvider;
  repo: TaskRepo;
  /** Where earlier versions kept request files (lib/api/legacy-video-requests.ts). */
  legacyDir: string | null;
  /** Groups of takes and costs (lib/api/takes-and-cost.ts); without it records carry none. */
  takes?: TakesRepo;
}

const defaultSources = (): TaskListSources => ({
  provider: getTaskProvider(),
  repo: getWorkspace().tasks,
  legacyDir: LEGACY_VIDEO_REQUESTS_DIR(),
  takes: takesRepo(),
});

export async function listVideoTasks(
  query: ListVideosQuery,
  { provider, repo, legacyDir, takes }: TaskListSources = defaultSources(),
): Promise<CursorPage<ListedTask>> {
  const cursor = query.after ?? query.before;
  // `before` pages backwards: the same walk in the other order, turned round at the end.
  const order = query.before ? (query.order === "asc" ? "desc" : "asc") : query.order;
  const anchor = cursor ? await anchorOf(repo, provider, cursor) : undefined;
  const index = repo.page(provider.name, { limit: query.limit, order, after: anchor });
  const merged = mergeTaskPages({
    index: { items: index.rows.map(recordOf), hasMore: index.hasMore },
    provider: await providerPage(provider, query, anchor?.listed ?? true),
    limit: query.limit,
    order,
  });
  const legacy = legacyDir && existsSync(legacyDir) ? legacyDir : null;
  const items = await Promise.all(
    merged.items.map((item) => {
      if (item.source === "index" && isLive(item.record)) return refresh(repo, provider, item);
      const adopted =
        item.source === "provider" && legacy
          ? adoptLegacyRequest(legacy, repo, provider.name, item.record)
          : undefined;
      if (adopted) return { ...item, record: { ...item.record, mode: adopted.mode } };
      if (item.source === "both")
        recordSeen(repo, provider.name, { record: item.record, outputs: null, listed: true });
      if (item.source === "index" && item.providerListed === false)
        recordSeen(repo, provider.name, { record: item.record, outputs: null, listed: false });
      return item;
    }),
  );
  const listed = items.map(({ record, providerListed }) => ({ ...record, providerListed }));
  const page = takes ? withTakesAndCost(provider.name, listed, takes) : listed;
  if (query.before) page.reverse();
  return {
    items: page,
    hasMore: merged.hasMore,
    firstId: page[0]?.id ?? null,
    lastId: page.at(-1)?.id ?? null,
  };
}
