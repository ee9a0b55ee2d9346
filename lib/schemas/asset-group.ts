import { z } from "zod";

export const GROUP_KINDS = ["VIRTUAL_PORTRAIT", "REAL_FACE", "GENERIC"] as const;
export const groupKindSchema = z.enum(GROUP_KINDS);
export type GroupKind = z.infer<typeof groupKindSchema>;

export const GROUP_KIND_LABELS: Record<GroupKind, string> = {
  VIRTUAL_PORTRAIT: "Virtual Portrait",
  REAL_FACE: "Real Face",
  GENERIC: "Uploads",
};

/** Portrait kinds are provider-backed: fixed retention, usable only on Seedance 2.0 models. */
export const isPortraitKind = (kind: GroupKind) => kind === "VIRTUAL_PORTRAIT" || kind === "REAL_FACE";

export const GROUP_STATUSES = ["active", "pending_validation", "expired", "failed"] as const;
export const groupStatusSchema = z.enum(GROUP_STATUSES);
export type GroupStatus = z.infer<typeof groupStatusSchema>;

export const NO_FIXED_EXPIRY = "No fixed expiry";

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
