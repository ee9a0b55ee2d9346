import "server-only";
import { ApiError } from "@/lib/errors/api-error";
import type { CursorPage } from "@/lib/schemas/page";
import type { ListVideosQuery, VideoTaskRecord } from "@/lib/schemas/video";
import { env } from "@/lib/env";
import { arkTaskProvider } from "@/lib/ark";
import {
  createVideo,
  deleteVideo,
  getUpstream,
  getVideoContent,
  getVideoContentUrl,
  getVideoLastFrame,
  getVideoRecord,
  listVideos,
  toBrowserUrl,
} from "@/lib/token360";
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
  /** Tokens the provider reports it billed (the native task's `usage`), once it finished. */
  usage?: { totalTokens: number } | null;
}

export interface TaskProvider {
  /** Names the provider in the index: the history shows the current provider's tasks only. */
  name: string;
  /** Shown to people (the header badge, messages). */
  label: string;
  /** Whether it has a portrait asset library the Assets page and "From assets" can use. */
  assetLibrary: boolean;
  createTask(body: VideoRequest): Promise<VideoTaskRecord>;
  /** Null when the provider no longer has the task. */
  getTask(taskId: string): Promise<ProviderTask | null>;
  /** `status` is the last one the index saw, so a provider can refuse what it cannot do. */
  deleteTask(taskId: string, status?: VideoTaskRecord["status"]): Promise<void>;
  listTasks?: (query: ListVideosQuery) => Promise<CursorPage<VideoTaskRecord>>;
  /** The MP4 with the browser's Range passed through (200, 206 or 416). */
  openContent(taskId: string, range: string | null, signal?: AbortSignal): Promise<Response>;
  openLastFrame(taskId: string, signal?: AbortSignal): Promise<Response>;
  /** A URL of the finished video the provider can fetch back (root-relative on the app's origin). */
  sourceUrl(taskId: string): Promise<string>;
}

const isGone = (error: unknown) => error instanceof ApiError && error.code === "not_found";

/** Token360 (or the embedded emulator, which speaks its dialect): a provider with a list. */
export function token360TaskProvider(): TaskProvider {
  const upstream = getUpstream();
  return {
    name: upstream.mode,
    label: upstream.label,
    assetLibrary: true,
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
    openContent: (taskId, range, signal) => getVideoContent(taskId, range, signal, upstream),
    openLastFrame: (taskId, signal) => getVideoLastFrame(taskId, signal, upstream),
    sourceUrl: async (taskId) => toBrowserUrl((await getVideoContentUrl(taskId, upstream)).url, upstream),
  };
}

let current: TaskProvider | undefined;

/** The provider chosen from env (one per process, like the upstream it wraps): VIDEO_PROVIDER. */
export function getTaskProvider(): TaskProvider {
  current ??= env.ark ? arkTaskProvider() : token360TaskProvider();
  return current;
}
