import { z } from "zod";
import { ASPECT_RATIOS, RESOLUTIONS, VIDEO_MODEL_IDS, VIDEO_MODES } from "@/lib/video/capabilities";

/** ModelCapabilities (lib/video/capabilities.ts) as a schema, for GET /api/models. */
export const modelCapabilitiesSchema = z.object({
  id: z.enum(VIDEO_MODEL_IDS),
  label: z.string(),
  description: z.string(),
  modes: z.array(z.enum(VIDEO_MODES)).readonly(),
  duration: z.object({ min: z.number().int(), max: z.number().int(), default: z.number().int() }),
  resolutions: z.array(z.enum(RESOLUTIONS)).readonly(),
  aspectRatios: z.array(z.enum(ASPECT_RATIOS)).readonly(),
  audio: z.boolean(),
  references: z.object({ images: z.number(), videos: z.number(), audios: z.number(), total: z.number() }),
  portraitAssets: z.boolean(),
});

export const modelListSchema = z.object({ items: z.array(modelCapabilitiesSchema) });
