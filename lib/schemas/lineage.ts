import { z } from "zod";
import { mediaTypeSchema } from "./asset";
import { groupIdSchema } from "./ids";
import { videoStatusSchema } from "./video";

// Lineage as the BFF answers it: the videos made with an asset, and what a video was made from.

/** A video in a lineage list: enough to show a thumbnail (its last frame) and link to it. */
export const lineageVideoSchema = z.object({
  id: z.string(),
  prompt: z.string(),
  status: videoStatusSchema,
  createdAt: z.string(),
  /** A same-origin image of the video's last frame; null until it has completed. */
  thumbnailUrl: z.string().nullable(),
  /** The video in the Playground's result view. */
  playgroundUrl: z.string(),
});
export type LineageVideo = z.infer<typeof lineageVideoSchema>;

/** GET /api/assets/[assetId]/videos: the videos made with an asset, newest first. */
export const assetVideosSchema = z.object({
  /** Every video that used the asset, however many `items` holds. */
  total: z.number().int().min(0),
  items: z.array(lineageVideoSchema),
});
export type AssetVideos = z.infer<typeof assetVideosSchema>;

export const assetVideosQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(0).max(50).default(12),
});

/** An asset a video used; `name` is null once the asset is gone from the library. */
export const lineageAssetSchema = z.object({
  assetId: z.string(),
  name: z.string().nullable(),
  mediaType: mediaTypeSchema.nullable(),
  thumbnailUrl: z.string().nullable(),
  /** The asset in the Assets page. */
  assetsUrl: z.string(),
});
export type LineageAsset = z.infer<typeof lineageAssetSchema>;

/** GET /api/videos/[videoId]/inputs: what a video was made from, each kind in request order. */
export const videoInputsSchema = z.object({
  assets: z.array(lineageAssetSchema),
  /** Earlier videos; `video` is null once the earlier task has left the history. */
  videos: z.array(z.object({ id: z.string(), video: lineageVideoSchema.nullable() })),
  files: z.array(z.object({ name: z.string() })),
});
export type VideoInputs = z.infer<typeof videoInputsSchema>;

/** A frame of a finished video: its last, or the one `at` seconds in. */
export const frameAtSchema = z.union([z.literal("end"), z.coerce.number().min(0).max(600)]);
export type FrameAt = z.infer<typeof frameAtSchema>;

export const videoFrameQuerySchema = z.strictObject({ at: frameAtSchema.default("end") });

/** POST /api/videos/[videoId]/frame-asset: a frame saved as a new asset in a portrait group. */
export const frameAssetInputSchema = z.strictObject({
  groupId: groupIdSchema,
  at: frameAtSchema.default("end"),
});
export type FrameAssetInput = z.input<typeof frameAssetInputSchema>;

/**
 * POST /api/videos's lineage query: local files the request uses, by the names they had on the
 * device, as a JSON list (names may hold commas).
 */
export const videoFilesQueryShape = {
  files: z
    .string()
    .optional()
    .transform((value, context) => {
      if (!value) return [];
      try {
        return JSON.parse(value) as unknown;
      } catch {
        context.addIssue({ code: "custom", message: "files must be a JSON list of file names" });
        return z.NEVER;
      }
    })
    .pipe(z.array(z.string().trim().min(1).max(255)).max(32, "at most 32 local files")),
};
