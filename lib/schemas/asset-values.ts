// Plain values, no zod: the browser imports this file, and zod stays on the server.
// asset.ts builds its schemas from these and exports them again.

export const MEDIA_TYPES = ["image", "video", "audio"] as const;
export type MediaType = (typeof MEDIA_TYPES)[number];

export const ASSET_STATUSES = ["processing", "active", "failed", "expired"] as const;
export type AssetStatus = (typeof ASSET_STATUSES)[number];

export const ASSET_STATUS_LABELS: Record<AssetStatus, string> = {
  processing: "Processing",
  active: "Active",
  failed: "Failed",
  expired: "Expired",
};

/** Per-file retention choices for generic uploads; portrait uploads have none. */
export const RETENTION_CHOICES = ["none", "1", "7", "30"] as const;
export type RetentionChoice = (typeof RETENTION_CHOICES)[number];
export const RETENTION_LABELS: Record<RetentionChoice, string> = {
  none: "No fixed expiry",
  "1": "1 day",
  "7": "7 days",
  "30": "30 days",
};
