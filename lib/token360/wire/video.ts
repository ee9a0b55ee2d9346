import "server-only";
import { z } from "zod";
import { dateLike, idLike, numberLike, optionalText } from "./fields";

const parametersSchema = z.looseObject({
  duration: numberLike,
  seconds: numberLike,
  resolution: optionalText,
  aspect_ratio: optionalText,
  ratio: optionalText,
  seed: numberLike,
  generate_audio: z.boolean().nullish(),
  audio: z.boolean().nullish(),
  watermark: z.boolean().nullish(),
});

/** The OpenAI-style video object (API.md §2.1.2), plus the aliases clients have seen. */
export const wireVideoSchema = z.looseObject({
  id: idLike.nullish(),
  task_id: idLike.nullish(),
  status: optionalText,
  progress: numberLike,
  model: optionalText,
  prompt: optionalText,
  mode: optionalText,
  created_at: dateLike,
  createdAt: dateLike,
  updated_at: dateLike,
  completed_at: dateLike,
  parameters: parametersSchema.nullish(),
  resolution: optionalText,
  aspect_ratio: optionalText,
  seed: numberLike,
  generate_audio: z.boolean().nullish(),
  watermark: z.boolean().nullish(),
  duration: numberLike,
  seconds: numberLike,
  url: optionalText,
  video_url: optionalText,
  last_frame_url: optionalText,
  content: z.looseObject({ video_url: optionalText, last_frame_url: optionalText }).nullish(),
  error: z
    .union([
      z.string(),
      z.looseObject({ code: z.union([z.string(), z.number()]).nullish(), message: optionalText }),
    ])
    .nullish(),
});
export type WireVideo = z.infer<typeof wireVideoSchema>;

/** A list answer: {object:"list", data:[…], has_more, first_id, last_id}. */
export const wireVideoListSchema = z.looseObject({
  data: z.array(z.unknown()),
  has_more: z.boolean().nullish(),
  first_id: idLike.nullish(),
  last_id: idLike.nullish(),
});
