import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import { anyAnswer, cursorPageAnswer, objectAnswer } from "@/lib/client/answer";
import { fetchJson } from "@/lib/client/fetch-json";
import { videoSourceLinkUrl, videosUrl, videoUrl } from "@/lib/schemas/app-urls";
import type { VideoDetail, VideoTask } from "@/lib/schemas/video";
import { isTerminalVideoStatus } from "@/lib/schemas/video-status";
import type { VideoMode } from "@/lib/video/capabilities";
import type { VideoRequest } from "@/lib/video/request";
import { isLive } from "./live-status";

const videoTaskAnswer = objectAnswer<VideoTask>("id", "status", "model");
const videoDetailAnswer = objectAnswer<VideoDetail>("id", "status", "model", "request");
const videoPageAnswer = cursorPageAnswer<VideoTask>();

export const videoKeys = {
  all: ["videos"] as const,
  lists: () => [...videoKeys.all, "list"] as const,
  list: (limit: number) => [...videoKeys.lists(), { limit }] as const,
  detail: (videoId: string) => [...videoKeys.all, "detail", videoId] as const,
};

const VIDEO_POLL_MS = 1500;
const HISTORY_POLL_MS = 3000;

export const isTerminalTask = (task: Pick<VideoTask, "status"> | undefined) =>
  task !== undefined && isTerminalVideoStatus(task.status);

/** One task, polled until it is completed or failed, unless live (polling is a query option). */
export const videoQuery = (videoId: string) =>
  queryOptions({
    queryKey: videoKeys.detail(videoId),
    queryFn: ({ signal }) => fetchJson(videoDetailAnswer, videoUrl(videoId), { signal }),
    refetchInterval: (query) =>
      isLive() || isTerminalTask(query.state.data) || query.state.status === "error" ? false : VIDEO_POLL_MS,
  });

/** The task history, newest first, a cursor page at a time ("Load more"). */
export const videoHistoryQuery = (limit = 10) =>
  infiniteQueryOptions({
    queryKey: videoKeys.list(limit),
    queryFn: ({ pageParam, signal }) =>
      fetchJson(videoPageAnswer, videosUrl({ limit, after: pageParam }), { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => (last.hasMore && last.lastId ? last.lastId : undefined),
    // Unfinished tasks in the list keep it fresh until they settle.
    refetchInterval: (query) =>
      !isLive() && query.state.data?.pages.some((page) => page.items.some((task) => !isTerminalTask(task)))
        ? HISTORY_POLL_MS
        : false,
  });

/** What the task index keeps beside the body: the Playground mode and the earlier results used. */
export interface VideoOrigin {
  mode?: VideoMode;
  sourceVideoIds?: readonly string[];
  /** Local files the body uses, by their names on the device (lineage). */
  fileNames?: readonly string[];
}

export const createVideo = (body: VideoRequest, origin: VideoOrigin = {}): Promise<VideoTask> =>
  fetchJson(
    videoTaskAnswer,
    videosUrl({
      mode: origin.mode,
      sources: origin.sourceVideoIds?.join(","),
      files: origin.fileNames?.length ? JSON.stringify(origin.fileNames) : undefined,
    }),
    { method: "POST", json: body },
  );

export const deleteVideo = (videoId: string): Promise<unknown> =>
  fetchJson(anyAnswer, videoUrl(videoId), { method: "DELETE" });

/** An upstream URL of an earlier result, to send as an Edit/Extend source. */
export const fetchVideoSourceUrl = (videoId: string): Promise<string> =>
  fetchJson(objectAnswer<{ url: string }>("url"), videoSourceLinkUrl(videoId)).then((answer) => answer.url);
