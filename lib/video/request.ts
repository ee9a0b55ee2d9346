import { z } from "zod";
import {
  MODEL_CAPABILITIES,
  isVideoModelId,
  type AspectRatio,
  type ModelCapabilities,
  type Resolution,
} from "./capabilities";
import { PROMPT_MAX_LENGTH } from "./request-limits";

// The limits and helpers the browser also needs live in request-limits.ts (no zod there).
export { checkModelLimits, mediaUrlOf } from "./request-limits";

// The normalized `POST /v1/videos` body as Token360 documents it (API.md §2.1.1), shared by the
// Playground (which builds it), the BFF (which checks it) and the emulator (which enforces it).
// Optional fields are `nullish` because real clients send `null` for "not set".

/** `{url}` objects; a bare string is tolerated because some clients send one. */
const mediaUrlSchema = z.union([z.object({ url: z.string().min(1, "url is required") }), z.string().min(1)]);

export const frameImageSchema = z.object({
  type: z.literal("image_url").nullish(),
  frame_type: z.enum(["first_frame", "last_frame"]).nullish(),
  /** Tolerated stand-in for `frame_type`. */
  role: z.string().nullish(),
  image_url: mediaUrlSchema,
});

export const inputReferenceSchema = z.object({
  type: z.enum(["image_url", "video_url", "audio_url"]).nullish(),
  role: z.string().nullish(),
  image_url: mediaUrlSchema.nullish(),
  video_url: mediaUrlSchema.nullish(),
  audio_url: mediaUrlSchema.nullish(),
});

export const videoRequestSchema = z.object({
  model: z.string({ error: "model is required" }).trim().min(1, "model is required"),
  prompt: z.string({ error: "prompt is required" }).max(PROMPT_MAX_LENGTH),
  // API.md §1.4 item 8: a string such as "5" is an InvalidParameter upstream.
  duration: z.number({ error: "duration must be an integer number of seconds" }).int().nullish(),
  resolution: z.string().nullish(),
  aspect_ratio: z.string().nullish(),
  generate_audio: z.boolean().nullish(),
  seed: z.number().int().nullish(),
  watermark: z.boolean().nullish(),
  return_last_frame: z.boolean().nullish(),
  execution_expires_after: z.number().int().positive().nullish(),
  safety_identifier: z.string().max(256).nullish(),
  callback_url: z.url({ protocol: /^https?$/, error: "callback_url must be an http(s) URL" }).nullish(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
  request_id: z.string().max(256).nullish(),
  frame_images: z
    .array(frameImageSchema)
    .max(2, "frame_images takes at most a first and a last frame")
    .nullish(),
  input_references: z.array(inputReferenceSchema).max(32).nullish(),
});
export type VideoRequest = z.infer<typeof videoRequestSchema>;

export interface ResolvedVideoParameters {
  duration: number;
  resolution: Resolution;
  aspectRatio: AspectRatio;
  generateAudio: boolean;
  seed: number | null;
  watermark: boolean;
  returnLastFrame: boolean;
}

/**
 * Fills the defaults a model applies to omitted fields. Call after `checkModelLimits`.
 * Audio defaults to on when the model supports it, as upstream Seedance does (API.md §4.3).
 */
export function resolveVideoParameters(
  request: VideoRequest,
  caps: ModelCapabilities,
): ResolvedVideoParameters {
  const defaultResolution: Resolution = caps.resolutions.includes("720p")
    ? "720p"
    : (caps.resolutions[0] ?? "480p");
  return {
    duration: request.duration ?? caps.duration.default,
    resolution: (request.resolution as Resolution | null | undefined) ?? defaultResolution,
    aspectRatio: (request.aspect_ratio as AspectRatio | null | undefined) ?? "adaptive",
    generateAudio: request.generate_audio ?? caps.audio,
    seed: request.seed ?? null,
    watermark: request.watermark ?? false,
    returnLastFrame: request.return_last_frame ?? false,
  };
}

/** The capability row for a model id, or null for a model the console does not know. */
export const capabilitiesFor = (model: string): ModelCapabilities | null =>
  isVideoModelId(model) ? MODEL_CAPABILITIES[model] : null;
