import { z } from "zod";

// The native task object as hosts answer it (UPSTREAM.md §1.6): loose on purpose. Every field
// but `id` may be missing or null (BytePlus clears `content` 24 h after the task; relays add
// fields of their own), and numbers sometimes arrive as strings.

const looseNumber = z.union([z.number(), z.string()]).nullish();
const looseText = z.union([z.string(), z.number()]).nullish();

export const wireArkErrorSchema = z.looseObject({
  code: looseText,
  message: z.string().nullish(),
});

export const wireArkTaskSchema = z.looseObject({
  id: z.string().min(1),
  model: z.string().nullish(),
  status: z.string().nullish(),
  error: wireArkErrorSchema.nullish(),
  /** The list answer's name for the error (SDK list item). */
  failure_reason: z.union([wireArkErrorSchema, z.string()]).nullish(),
  created_at: looseNumber,
  updated_at: looseNumber,
  content: z.looseObject({ video_url: z.string().nullish(), last_frame_url: z.string().nullish() }).nullish(),
  seed: looseNumber,
  resolution: z.string().nullish(),
  ratio: z.string().nullish(),
  duration: looseNumber,
  frames: looseNumber,
  framespersecond: looseNumber,
  generate_audio: z.boolean().nullish(),
  watermark: z.boolean().nullish(),
  usage: z.looseObject({ completion_tokens: looseNumber, total_tokens: looseNumber }).nullish(),
  revised_prompt: z.string().nullish(),
});
export type WireArkTask = z.infer<typeof wireArkTaskSchema>;

/** Create answers only `{id}` (§1.6); some relays wrap it, which `id` alone tolerates. */
export const wireArkCreatedSchema = z.looseObject({ id: z.string().min(1) });
