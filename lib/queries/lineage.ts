import { queryOptions } from "@tanstack/react-query";
import { objectAnswer } from "@/lib/client/answer";
import { fetchJson } from "@/lib/client/fetch-json";
import { assetVideosUrl, videoFrameAssetUrl, videoInputsUrl } from "@/lib/schemas/app-urls";
import type { Asset } from "@/lib/schemas/asset";
import type { AssetVideos, FrameAssetInput, VideoInputs } from "@/lib/schemas/lineage";

// Lineage in the browser: the videos made with an asset, what a video was made from, and a
// video's frame saved as a new asset.

const assetVideosAnswer = objectAnswer<AssetVideos>("total", "items");
const videoInputsAnswer = objectAnswer<VideoInputs>("assets", "videos", "files");
const assetAnswer = objectAnswer<Asset>("assetId", "name", "status", "mediaType");

export const lineageKeys = {
  all: ["lineage"] as const,
  assetVideos: (assetId: string, limit: number) =>
    [...lineageKeys.all, "asset-videos", assetId, limit] as const,
  videoInputs: (videoId: string) => [...lineageKeys.all, "video-inputs", videoId] as const,
};

/** The videos made with an asset, newest first; `limit` 0 asks only how many there are. */
export const assetVideosQuery = (assetId: string, limit = 12) =>
  queryOptions({
    queryKey: lineageKeys.assetVideos(assetId, limit),
    queryFn: ({ signal }) => fetchJson(assetVideosAnswer, assetVideosUrl(assetId, limit), { signal }),
  });

/** What a video was made from; it never changes once the task exists. */
export const videoInputsQuery = (videoId: string) =>
  queryOptions({
    queryKey: lineageKeys.videoInputs(videoId),
    queryFn: ({ signal }) => fetchJson(videoInputsAnswer, videoInputsUrl(videoId), { signal }),
    staleTime: Infinity,
  });

/** Saves a frame of a finished video (its last, or `at` seconds in) as a new portrait asset. */
export const saveFrameAsAsset = (videoId: string, input: FrameAssetInput): Promise<Asset> =>
  fetchJson(assetAnswer, videoFrameAssetUrl(videoId), { method: "POST", json: input });
