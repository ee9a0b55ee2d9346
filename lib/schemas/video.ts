import { z } from "zod";
import { ASPECT_RATIOS, RESOLUTIONS, VIDEO_MODES } from "@/lib/video/capabilities";
import { videoRequestSchema } from "@/lib/video/request";
import { takeGroupIdSchema, videoIdSchema } from "./ids";

import { VIDEO_STATUSES } from "./video-status";

export { isTerminalVideoStatus, type VideoStatus } from "./video-status";

export const videoStatusSchema = z.enum(VIDEO_STATUSES);

export const videoTaskSchema = z.object({
  id: z.string(),
  status: videoStatusSchema,
  /** 0–100 while in progress; null when the upstream does not say. */
  progress: z.number().min(0).max(100).nullable(),
  model: z.string(),
  prompt: z.string(),
  mode: z.enum(VIDEO_MODES).nullable(),
  createdAt: z.string(),
  updatedAt: z.string().nullable(),
  parameters: z.object({
    duration: z.number().int().nullable(),
    resolution: z.enum(RESOLUTIONS).or(z.string()).nullable(),
    aspectRatio: z.enum(ASPECT_RATIOS).or(z.string()).nullable(),
    generateAudio: z.boolean().nullable(),
    seed: z.number().int().nullable(),
    watermark: z.boolean().nullable(),
  }),
  /** Final duration in seconds once completed. */
  durationSeconds: z.number().nullable(),
  /** Same-origin URLs served by the app (never upstream URLs). */
  contentUrl: z.string().nullable(),
  lastFrameUrl: z.string().nullable(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  /**
   * Whether the provider still has the task: false once it forgot it (the app's task index keeps
   * it, its outputs may be gone), null when the provider has no list to say. Absent from
   * records that have not been compared.
   */
  providerListed: z.boolean().nullable().optional(),
  /** Whether the app holds its own copy of the video (DATA_DIR/archive), which plays when the provider's is gone. */
  kept: z.boolean().optional(),
  /** Starred by someone: listed under the starred filter, and never removed by the archive's size cap. */
  starred: z.boolean().optional(),
  /** The group of takes (one Generate, different seeds) the task belongs to; null when alone. */
  takeGroupId: z.string().nullable().optional(),
  /** What it cost: the provider's usage at the price table's rate, else the table's estimate. */
  cost: z.object({ amount: z.number(), currency: z.string(), estimated: z.boolean() }).nullable().optional(),
});
export type VideoTask = z.infer<typeof videoTaskSchema>;
/**
 * A task as a provider client reports it: no URLs of the app, only whether the provider holds
 * a last frame. The BFF adds contentUrl and lastFrameUrl when it answers.
 */
export type VideoTaskRecord = Omit<VideoTask, "contentUrl" | "lastFrameUrl"> & { hasLastFrame: boolean };

export const listVideosQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  after: videoIdSchema.optional(),
  before: videoIdSchema.optional(),
  order: z.enum(["asc", "desc"]).default("desc"),
  /** `true`: only starred videos (newest first, from the task index). */
  starred: z
    .enum(["true", "false"])
    .transform((value) => value === "true")
    .optional(),
});
export type ListVideosQuery = z.infer<typeof listVideosQuerySchema>;

/**
 * POST /api/videos takes the body exactly as it goes upstream; what only the app needs to know
 * travels in the query: the Playground mode the user was in and the earlier results used.
 */
export const createVideoQuerySchema = z.strictObject({
  mode: z.enum(VIDEO_MODES, { error: "mode must be one of the Playground's video modes" }).optional(),
  sources: z
    .string()
    .optional()
    .transform((value) => (value ? value.split(",") : []))
    .pipe(z.array(videoIdSchema).max(8, "at most 8 source videos")),
  /** The group of takes this task is one of (the Playground's "Takes"). */
  group: takeGroupIdSchema.optional(),
});

/** GET /api/videos/[videoId]: the task plus the body it was created with, when this app sent it. */
export const videoDetailSchema = videoTaskSchema.extend({
  request: videoRequestSchema.nullable(),
});
export type VideoDetail = z.infer<typeof videoDetailSchema>;

export const videoSourceUrlSchema = z.object({ url: z.string() });

/** PATCH /api/videos/[videoId]: what a person may change about a video. */
export const videoPatchSchema = z.strictObject({ starred: z.boolean() });
