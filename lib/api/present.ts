import { assetPreviewUrl, videoContentUrl, videoLastFrameUrl } from "@/lib/schemas/app-urls";
import type { Asset, AssetRecord } from "@/lib/schemas/asset";
import type { CursorPage, Page } from "@/lib/schemas/page";
import type { VideoTask, VideoTaskRecord } from "@/lib/schemas/video";

// Provider clients report what the provider knows; the BFF answers with the app's own URLs,
// so the browser only ever sees media served by the app (never an upstream link).

/** Every asset gets the app's preview route: the image, or a video's poster frame or audio's waveform. */
export const presentAsset = (asset: AssetRecord): Asset => ({
  ...asset,
  previewUrl: assetPreviewUrl(asset.assetId),
});

export const presentAssetPage = (page: Page<AssetRecord>): Page<Asset> => ({
  ...page,
  items: page.items.map(presentAsset),
});

/** Content and last frame exist only once the task has completed (the frame only when asked). */
export function presentVideoTask({ hasLastFrame, ...task }: VideoTaskRecord): VideoTask {
  const completed = task.status === "completed";
  return {
    ...task,
    contentUrl: completed ? videoContentUrl(task.id) : null,
    lastFrameUrl: completed && hasLastFrame ? videoLastFrameUrl(task.id) : null,
  };
}

export const presentVideoPage = (page: CursorPage<VideoTaskRecord>): CursorPage<VideoTask> => ({
  ...page,
  items: page.items.map(presentVideoTask),
});
