// Plain values, no zod: the browser imports this file, and zod stays on the server.
// asset-group.ts builds its schemas from these and exports them again.

export const GROUP_KINDS = ["VIRTUAL_PORTRAIT", "REAL_FACE", "GENERIC"] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];

export const GROUP_KIND_LABELS: Record<GroupKind, string> = {
  VIRTUAL_PORTRAIT: "Virtual Portrait",
  REAL_FACE: "Real Face",
  GENERIC: "Uploads",
};

/** Portrait kinds are provider-backed: fixed retention, usable only on Seedance 2.0 models. */
export const isPortraitKind = (kind: GroupKind) => kind === "VIRTUAL_PORTRAIT" || kind === "REAL_FACE";

export const GROUP_STATUSES = ["active", "pending_validation", "expired", "failed"] as const;
export type GroupStatus = (typeof GROUP_STATUSES)[number];

export const NO_FIXED_EXPIRY = "No fixed expiry";
