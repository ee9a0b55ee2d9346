import { z } from "zod";
import { groupKindSchema } from "./asset-group";
import { groupIdSchema } from "./ids";

export const MEDIA_TYPES = ["image", "video", "audio"] as const;
export const mediaTypeSchema = z.enum(MEDIA_TYPES);
export type MediaType = z.infer<typeof mediaTypeSchema>;

export const ASSET_STATUSES = ["processing", "active", "failed", "expired"] as const;
export const assetStatusSchema = z.enum(ASSET_STATUSES);
export type AssetStatus = z.infer<typeof assetStatusSchema>;

export const ASSET_STATUS_LABELS: Record<AssetStatus, string> = {
  processing: "Processing",
  active: "Active",
  failed: "Failed",
  expired: "Expired",
};

export const assetSchema = z.object({
  /** Public ID: ta_… for portrait assets, ua_… for generic uploads. */
  assetId: z.string(),
  name: z.string(),
  groupId: z.string().nullable(),
  groupName: z.string().nullable(),
  kind: groupKindSchema,
  mediaType: mediaTypeSchema,
  status: assetStatusSchema,
  failureReason: z.string().nullable(),
  mimeType: z.string().nullable(),
  sizeBytes: z.number().int().nonnegative().nullable(),
  width: z.number().int().positive().nullable(),
  height: z.number().int().positive().nullable(),
  /** null = no fixed expiry. */
  expiresAt: z.string().nullable(),
  createdAt: z.string().nullable(),
  /** Same-origin URL of a preview image served by the app, when one exists. */
  previewUrl: z.string().nullable(),
});
export type Asset = z.infer<typeof assetSchema>;
/** An asset as a provider client reports it: the app's own URLs are added by the BFF. */
export type AssetRecord = Omit<Asset, "previewUrl">;

/** Per-file retention choices for generic uploads; portrait uploads have none. */
export const RETENTION_CHOICES = ["none", "1", "7", "30"] as const;
export const retentionChoiceSchema = z.enum(RETENTION_CHOICES);
export type RetentionChoice = z.infer<typeof retentionChoiceSchema>;
export const RETENTION_LABELS: Record<RetentionChoice, string> = {
  none: "No fixed expiry",
  "1": "1 day",
  "7": "7 days",
  "30": "30 days",
};

export const listAssetsQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(50),
  keyword: z.string().trim().max(200).optional(),
  groupId: groupIdSchema.optional(),
  kind: groupKindSchema.optional(),
  status: assetStatusSchema.optional(),
  mediaType: mediaTypeSchema.optional(),
});
export type ListAssetsQuery = z.infer<typeof listAssetsQuerySchema>;

export const renameAssetInputSchema = z.strictObject({
  name: z.string().trim().min(1, "Enter a display name").max(200, "Keep the name under 200 characters"),
});
