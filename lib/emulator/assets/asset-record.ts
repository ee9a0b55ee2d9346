import { RETENTION_LABELS, type RetentionChoice } from "@/lib/schemas/asset";
import type { AssetRow } from "../db/assets-repo";
import type { Tenant } from "../db/tenants";
import type { Signer } from "../http/signed-urls";
import { isPortrait } from "./group-kind";
import { iso } from "./group-record";

function aspectRatioLabel(width: number | null, height: number | null): string | null {
  if (!width || !height) return null;
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  const d = gcd(width, height);
  const [w, h] = [width / d, height / d];
  return w <= 64 && h <= 64 ? `${w}:${h}` : (width / height).toFixed(2);
}

const ASSET_TYPE_LABELS: Record<string, string> = { image: "Image", video: "Video", audio: "Audio" };

const retentionLabel = (days: number | null) =>
  RETENTION_LABELS[(days === null ? "none" : String(days)) as RetentionChoice] ?? `${days} days`;

/** The unified asset record (API.md §2.3.1) plus the fields the docs cut off (URLs, expiry, timestamps). */
export function assetRecord(row: AssetRow, tenant: Tenant, signer: Signer, origin: string) {
  const url = signer.sign(origin, { bucket: "assets", name: row.file_name });
  const thumbnailUrl = row.thumb_name
    ? signer.sign(origin, { bucket: "thumbs", name: row.thumb_name })
    : null;
  const portrait = isPortrait(row.kind);
  return {
    id: row.id,
    assetId: row.asset_id,
    token360AssetId: row.asset_id,
    tenantId: tenant.id,
    userId: tenant.id,
    userName: tenant.userName,
    shared: false,
    sharePermission: null,
    shareExpiresAt: null,
    assetGroupId: row.group_id,
    groupId: row.group_id,
    groupName: row.group_name,
    groupKind: row.kind,
    mediaType: row.media_type,
    assetKind: row.kind,
    sourceType: portrait ? "PROVIDER" : "USER_UPLOAD",
    status: row.status,
    name: row.name,
    assetType: ASSET_TYPE_LABELS[row.media_type] ?? "Image",
    filename: row.filename,
    mimeType: row.mime_type,
    sizeBytes: row.size_bytes,
    fileType: row.file_type,
    width: row.width,
    height: row.height,
    aspectRatio: aspectRatioLabel(row.width, row.height),
    durationMs: null,
    retention: portrait ? "No fixed expiry" : retentionLabel(row.retention_days),
    retentionDays: row.retention_days,
    expiresAt: row.expires_at === null ? null : iso(row.expires_at),
    failureReason: row.status === "failed" ? row.failure_reason : null,
    url,
    thumbnailUrl,
    previewUrl: thumbnailUrl,
    contentPath: `/v1/assets/${row.asset_id}/content`,
    createdAt: iso(row.created_at),
    // Processing -> active happens at ready_at without a write, so that is when it last changed.
    updatedAt: iso(row.status === "processing" ? row.updated_at : Math.max(row.updated_at, row.ready_at)),
  };
}
