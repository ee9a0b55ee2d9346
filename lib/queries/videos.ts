import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import { z } from "zod";
import { fetchJson, toSearchParams } from "@/lib/client/fetch-json";
import { cursorPageSchema } from "@/lib/schemas/page";
import {
  isTerminalVideoStatus,
  videoDetailSchema,
  videoSourceUrlSchema,
  videoTaskSchema,
  type VideoTask,
} from "@/lib/schemas/video";
import type { VideoRequest } from "@/lib/video/request";

export const videoPageSchema = cursorPageSchema(videoTaskSchema);

export const videoKeys = {
  all: ["videos"] as const,
  lists: () => [...videoKeys.all, "list"] as const,
  list: (limit: number) => [...videoKeys.lists(), { limit }] as const,
  detail: (videoId: string) => [...videoKeys.all, "detail", videoId] as const,
};

const VIDEO_POLL_MS = 1500;
const HISTORY_POLL_MS = 3000;

const path = (videoId: string, rest = "") => `/api/videos/${encodeURIComponent(videoId)}${rest}`;

/** Same-origin URLs of a task's video and last frame. */
export const videoContentUrl = (videoId: string, download = false) =>
  path(videoId, download ? "/content?download=1" : "/content");
/** For small previews: a frame a second in, since many clips open on a fade from black. */
export const videoPosterUrl = (videoId: string) => `${videoContentUrl(videoId)}#t=1`;
export const videoLastFrameUrl = (videoId: string) => path(videoId, "/last-frame");

export const isTerminalTask = (task: Pick<VideoTask, "status"> | undefined) =>
  task !== undefined && isTerminalVideoStatus(task.status);

/** One task, polled until it is completed or failed (polling is a query option, not an effect). */
export const videoQuery = (videoId: string) =>
  queryOptions({
    queryKey: videoKeys.detail(videoId),
    queryFn: ({ signal }) => fetchJson(videoDetailSchema, path(videoId), { signal }),
    refetchInterval: (query) =>
      isTerminalTask(query.state.data) || query.state.status === "error" ? false : VIDEO_POLL_MS,
  });

/** The task history, newest first, a cursor page at a time ("Load more"). */
export const videoHistoryQuery = (limit = 10) =>
  infiniteQueryOptions({
    queryKey: videoKeys.list(limit),
    queryFn: ({ pageParam, signal }) =>
      fetchJson(videoPageSchema, `/api/videos${toSearchParams({ limit, after: pageParam })}`, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => (last.hasMore && last.lastId ? last.lastId : undefined),
    // Unfinished tasks in the list keep it fresh until they settle.
    refetchInterval: (query) =>
      query.state.data?.pages.some((page) => page.items.some((task) => !isTerminalTask(task)))
        ? HISTORY_POLL_MS
        : false,
  });

export const createVideo = (body: VideoRequest): Promise<VideoTask> =>
  fetchJson(videoTaskSchema, "/api/videos", { method: "POST", json: body });

export const deleteVideo = (videoId: string): Promise<unknown> =>
  fetchJson(z.unknown(), path(videoId), { method: "DELETE" });

/** An upstream URL of an earlier result, to send as an Edit/Extend source. */
export const fetchVideoSourceUrl = (videoId: string): Promise<string> =>
  fetchJson(videoSourceUrlSchema, path(videoId, "/source-url")).then((answer) => answer.url);
