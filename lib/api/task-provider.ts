import "server-only";
import { ApiError } from "@/lib/errors/api-error";
import type { CursorPage } from "@/lib/schemas/page";
import type { ListVideosQuery, VideoTaskRecord } from "@/lib/schemas/video";
import { createVideo, deleteVideo, getUpstream, getVideoRecord, listVideos } from "@/lib/token360";
import { toVideoTask, upstreamUrlsOf } from "@/lib/token360/convert/video";
import type { VideoRequest } from "@/lib/video/request";

// What the task index needs from a provider. Providers differ in what they remember: Token360
// lists its tasks, LaoZhang's relay has no list endpoint (its list path answers HTML). A
// provider without `listTasks` is "index only": the history is the app's own index, and live
// tasks are followed one GET each.

export interface ProviderTask {
  record: VideoTaskRecord;
  /** The provider's own output URLs (kept in the index, never sent to the browser). */
  outputs: { video: string | null; lastFrame: string | null };
}

export interface TaskProvider {
  /** Names the provider in the index: the history shows the current provider's tasks only. */
  name: string;
  createTask(body: VideoRequest): Promise<VideoTaskRecord>;
  /** Null when the provider no longer has the task. */
  getTask(taskId: string): Promise<ProviderTask | null>;
  deleteTask(taskId: string): Promise<void>;
  listTasks?: (query: ListVideosQuery) => Promise<CursorPage<VideoTaskRecord>>;
}

const isGone = (error: unknown) => error instanceof ApiError && error.code === "not_found";

/** Token360 (or the embedded emulator, which speaks its dialect): a provider with a list. */
export function token360TaskProvider(): TaskProvider {
  const upstream = getUpstream();
  return {
    name: upstream.mode,
    createTask: (body) => createVideo(body, upstream),
    async getTask(taskId) {
      try {
        const raw = await getVideoRecord(taskId, upstream);
        return { record: toVideoTask(raw), outputs: upstreamUrlsOf(raw) };
      } catch (error) {
        if (isGone(error)) return null;
        throw error;
      }
    },
    deleteTask: (taskId) => deleteVideo(taskId, upstream),
    listTasks: (query) => listVideos(query, upstream),
  };
}

let current: TaskProvider | undefined;

/** The provider chosen from env (one per process, like the upstream it wraps). */
export function getTaskProvider(): TaskProvider {
  current ??= token360TaskProvider();
  return current;
}
