import { z } from "zod";
import { GROUP_KINDS, GROUP_STATUSES } from "./asset-group-values";

export {
  GROUP_KIND_LABELS,
  isPortraitKind,
  NO_FIXED_EXPIRY,
  type GroupKind,
  type GroupStatus,
} from "./asset-group-values";

export const groupKindSchema = z.enum(GROUP_KINDS);
export const groupStatusSchema = z.enum(GROUP_STATUSES);

export const assetGroupSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: groupKindSchema,
  status: groupStatusSchema,
  /** Human label, e.g. "No fixed expiry". */
  retention: z.string(),
  assetCount: z.number().int().nonnegative().nullable(),
  createdAt: z.string().nullable(),
  /** Real Face verification link while the group waits for H5 verification. */
  verification: z.object({ url: z.string(), expiresAt: z.string().nullable() }).nullable(),
});
export type AssetGroup = z.infer<typeof assetGroupSchema>;

export const createAssetGroupInputSchema = z.strictObject({
  name: z.string().trim().min(1, "Enter a group name").max(100, "Keep the name under 100 characters"),
  kind: groupKindSchema,
});
export type CreateAssetGroupInput = z.infer<typeof createAssetGroupInputSchema>;

export const renameAssetGroupInputSchema = z.strictObject({
  name: createAssetGroupInputSchema.shape.name,
});

export const listAssetGroupsQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(50),
  keyword: z.string().trim().max(200).optional(),
  kind: groupKindSchema.optional(),
  status: groupStatusSchema.optional(),
});
export type ListAssetGroupsQuery = z.infer<typeof listAssetGroupsQuerySchema>;
