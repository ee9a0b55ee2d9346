import { z } from "zod";

/** The video provider the server runs against, as the pages see it (never a key or host). */
export const providerInfoSchema = z.object({
  kind: z.enum(["emulator", "token360", "ark"]),
  /** Its name for people, e.g. "LaoZhang API". */
  label: z.string(),
  /** Why Virtual Portrait / Real Face assets cannot be used with it; null when they can. */
  assetLibraryNote: z.string().nullable(),
  /** Whether a local image goes inline as base64 (the native task API takes it) instead of uploaded. */
  inlineImages: z.boolean(),
  /** Why a local clip or audio file cannot be used; null when it can. */
  localMediaNote: z.string().nullable(),
});
export type ProviderInfo = z.infer<typeof providerInfoSchema>;
