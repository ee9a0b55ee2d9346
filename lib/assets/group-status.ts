import type { AssetGroup, GroupStatus } from "@/lib/schemas/asset-group";

export const GROUP_STATUS_LABELS: Record<GroupStatus, string> = {
  active: "Active",
  pending_validation: "Waiting for verification",
  expired: "Verification expired",
  failed: "Verification failed",
};

/** Why uploads into a group are refused, or null when it takes uploads. */
export function uploadBlockedReason(group: Pick<AssetGroup, "status">): string | null {
  return group.status === "active" ? null : GROUP_STATUS_LABELS[group.status];
}
