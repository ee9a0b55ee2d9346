import "server-only";
import { z } from "zod";
import { retentionChoiceSchema } from "@/lib/schemas/asset";
import { GROUP_KIND_LABELS, isPortraitKind } from "@/lib/schemas/asset-group";
import { groupIdSchema } from "@/lib/schemas/ids";
import { getAssetGroup } from "@/lib/token360";
import { ApiError } from "@/lib/errors/api-error";
import { parseWith } from "../parse";

// The text fields of an upload and what they mean upstream: the group must exist and be
// active, and only generic groups take a per-file retention (sent as retentionDays).

export const uploadFieldsSchema = z.strictObject({
  name: z.string().trim().max(200, "Keep the display name under 200 characters").optional(),
  groupId: groupIdSchema.optional(),
  retention: retentionChoiceSchema.optional(),
});
export type UploadFields = z.infer<typeof uploadFieldsSchema>;

/** The fields as the upstream takes them, once the group has been checked. */
export interface ResolvedUploadFields {
  name?: string;
  groupId?: string;
  retentionDays?: number;
  /** A Virtual Portrait or Real Face group: images only. */
  portrait?: boolean;
}

export const parseUploadFields = (fields: Record<string, string>) =>
  parseWith(
    uploadFieldsSchema,
    Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== "")),
    "form field",
  );

export async function resolveUploadFields(fields: UploadFields): Promise<ResolvedUploadFields> {
  const retentionDays =
    fields.retention && fields.retention !== "none" ? Number(fields.retention) : undefined;
  const name = fields.name || undefined;
  if (!fields.groupId) return { name, retentionDays };
  const group = await getAssetGroup(fields.groupId).catch((error: unknown) => {
    if (error instanceof ApiError && error.code === "not_found") {
      throw new ApiError("validation_error", "That asset group does not exist (it may have been deleted).", {
        param: "groupId",
      });
    }
    throw error;
  });
  if (group.status !== "active") {
    const hint = group.kind === "REAL_FACE" ? " Finish the Real Face verification first." : "";
    throw new ApiError("asset_group_not_active", `Asset group is not active.${hint}`, {
      param: "groupId",
      status: group.status,
    });
  }
  if (isPortraitKind(group.kind) && retentionDays !== undefined) {
    throw new ApiError(
      "validation_error",
      `${GROUP_KIND_LABELS[group.kind]} uploads have no per-file expiry (No fixed expiry); leave Retention unset.`,
      { param: "retention" },
    );
  }
  const portrait = isPortraitKind(group.kind);
  return { name, groupId: group.id, retentionDays: portrait ? undefined : retentionDays, portrait };
}
