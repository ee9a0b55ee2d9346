import { z } from "zod";
import { groupKindSchema } from "./asset-group";
import { ASSET_STATUSES, MEDIA_TYPES, RETENTION_CHOICES } from "./asset-values";
import { groupIdSchema } from "./ids";

export {
  ASSET_STATUSES,
  MEDIA_TYPES,
  RETENTION_LABELS,
  type AssetStatus,
  type MediaType,
  type RetentionChoice,
} from "./asset-values";

export const mediaTypeSchema = z.enum(MEDIA_TYPES);
export const assetStatusSchema = z.enum(ASSET_STATUSES);

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

export const retentionChoiceSchema = z.enum(RETENTION_CHOICES);

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
