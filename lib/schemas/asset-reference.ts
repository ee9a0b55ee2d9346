import { z } from "zod";

// GET /api/assets/[assetId]/reference-url: how a video request points at an uploaded file.
export const assetReferenceUrlSchema = z.object({
  url: z.string(),
  /** true when the link is the app's own (under PUBLIC_URL), false when the provider gave it. */
  servedByApp: z.boolean(),
});
export type AssetReferenceUrl = z.infer<typeof assetReferenceUrlSchema>;

export const NO_PUBLIC_URL_MESSAGE =
  "The provider gave no link for this upload, and this server has no PUBLIC_URL to serve it from. Ask the administrator to set PUBLIC_URL (the app's public https address), or choose a file from your library.";
