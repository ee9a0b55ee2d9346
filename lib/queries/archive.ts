import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import { cursorPageAnswer, objectAnswer } from "@/lib/client/answer";
import { fetchJson } from "@/lib/client/fetch-json";
import type { ArchiveUsage } from "@/lib/schemas/archive";
import { ARCHIVE_URL, videosUrl, videoUrl } from "@/lib/schemas/app-urls";
import type { VideoTask } from "@/lib/schemas/video";
import { videoKeys } from "./videos";

// The kept copies of finished videos (lib/archive): their space, the star of a video, and the
// history filtered to starred videos (under the videos' list key, so a change refreshes both).

const usageAnswer = objectAnswer<ArchiveUsage>("enabled", "usedBytes", "keptCount");
const videoPageAnswer = cursorPageAnswer<VideoTask>();
const starAnswer = objectAnswer<Pick<VideoTask, "id" | "starred">>("id", "starred");

export const archiveKeys = { usage: ["archive", "usage"] as const };

export const archiveUsageQuery = () =>
  queryOptions({
    queryKey: archiveKeys.usage,
    queryFn: ({ signal }) => fetchJson(usageAnswer, ARCHIVE_URL, { signal }),
    // Copies land in the background after a video completes.
    refetchInterval: 30_000,
  });

/** The starred videos, newest first, a cursor page at a time. */
export const starredHistoryQuery = (limit = 10) =>
  infiniteQueryOptions({
    queryKey: [...videoKeys.lists(), { limit, starred: true }] as const,
    queryFn: ({ pageParam, signal }) =>
      fetchJson(videoPageAnswer, videosUrl({ limit, after: pageParam, starred: true }), { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => (last.hasMore && last.lastId ? last.lastId : undefined),
  });

export const setVideoStarred = (videoId: string, starred: boolean) =>
  fetchJson(starAnswer, videoUrl(videoId), { method: "PATCH", json: { starred } });
