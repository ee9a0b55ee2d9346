import "server-only";
import { ApiError } from "@/lib/errors/api-error";
import {
  assetPreviewUrl,
  assetsPageFor,
  playgroundVideoPage,
  videoFrameUrl,
  videoLastFrameUrl,
} from "@/lib/schemas/app-urls";
import type { AssetVideos, LineageAsset, LineageVideo, VideoInputs } from "@/lib/schemas/lineage";
import { getAsset } from "@/lib/token360";
import type { TaskRow } from "@/lib/workspace/tasks-repo";
import { getWorkspace } from "@/lib/workspace/workspace";
import { requestOf } from "./task-records";
import { getTaskProvider } from "./task-provider";

// Lineage from the task index (lib/workspace/lineage-repo.ts): the videos made with an asset and
// what a video was made from, each video shown by its last frame and linked to the Playground.

const tasks = () => getWorkspace().tasks;

/** The provider's own last frame when it kept one, else one the app takes from the MP4. */
const thumbnailOf = (row: TaskRow) =>
  row.status !== "completed"
    ? null
    : row.hasLastFrame
      ? videoLastFrameUrl(row.taskId)
      : videoFrameUrl(row.taskId);

export const lineageVideoOf = (row: TaskRow): LineageVideo => ({
  id: row.taskId,
  prompt: requestOf(row)?.prompt ?? "",
  status: row.status,
  createdAt: new Date(row.createdAt).toISOString(),
  thumbnailUrl: thumbnailOf(row),
  playgroundUrl: playgroundVideoPage(row.taskId),
});

export function listAssetVideos(assetId: string, limit: number): AssetVideos {
  const provider = getTaskProvider().name;
  const { lineage } = tasks();
  const items = lineage.usesOf(provider, "asset", assetId, limit).flatMap((use) => {
    const row = tasks().find(provider, use.taskId);
    return row ? [lineageVideoOf(row)] : [];
  });
  return { total: lineage.countUses(provider, "asset", assetId), items };
}

/** An asset by name when the library still has it; a deleted one keeps its ID only. */
async function lineageAsset(assetId: string): Promise<LineageAsset> {
  const found = await getAsset(assetId).catch((error: unknown) => {
    if (error instanceof ApiError && error.code === "not_found") return null;
    throw error;
  });
  return {
    assetId,
    name: found?.name ?? null,
    mediaType: found?.mediaType ?? null,
    thumbnailUrl: found && found.mediaType === "image" ? assetPreviewUrl(assetId) : null,
    assetsUrl: assetsPageFor(assetId),
  };
}

export async function getVideoInputs(videoId: string): Promise<VideoInputs> {
  const provider = getTaskProvider().name;
  const row = tasks().find(provider, videoId);
  if (!row) throw new ApiError("not_found", "No video with that ID in this app's history");
  const inputs = tasks().lineage.inputsOf(provider, videoId);
  return {
    assets: await Promise.all(inputs.assetIds.map(lineageAsset)),
    videos: inputs.sourceVideoIds.map((id) => {
      const earlier = tasks().find(provider, id);
      return { id, video: earlier ? lineageVideoOf(earlier) : null };
    }),
    files: inputs.fileNames.map((name) => ({ name })),
  };
}
