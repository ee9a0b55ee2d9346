import "server-only";
import type { AssetStatus, MediaType } from "@/lib/schemas/asset";
import type { GroupKind, GroupStatus } from "@/lib/schemas/asset-group";
import type { VideoStatus } from "@/lib/schemas/video";

// Value normalisers for API.md §1.4: kind spellings, status casing and synonyms, dates.
// Each returns null for a value it does not know; the caller decides how loud to be.

/** "LivenessFace", "real-face", "REAL FACE" -> "LIVENESS_FACE", "REAL_FACE", "REAL_FACE". */
export function canonicalToken(value: string): string {
  return value
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/[^A-Za-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .toUpperCase();
}

const KIND_SYNONYMS: Record<string, GroupKind> = {
  VIRTUAL_PORTRAIT: "VIRTUAL_PORTRAIT",
  AIGC: "VIRTUAL_PORTRAIT",
  REAL_FACE: "REAL_FACE",
  REAL_PERSON: "REAL_FACE",
  LIVENESS_FACE: "REAL_FACE",
  REALFACE: "REAL_FACE",
  GENERIC: "GENERIC",
  GENERAL: "GENERIC",
  USER_UPLOAD: "GENERIC",
};

export const normalizeKind = (value: string): GroupKind | null =>
  KIND_SYNONYMS[canonicalToken(value)] ?? null;

const GROUP_STATUS_SYNONYMS: Record<string, GroupStatus> = {
  ACTIVE: "active",
  READY: "active",
  PENDING_VALIDATION: "pending_validation",
  PENDING: "pending_validation",
  PENDING_VERIFICATION: "pending_validation",
  VALIDATING: "pending_validation",
  PROCESSING: "pending_validation",
  EXPIRED: "expired",
  FAILED: "failed",
  REJECTED: "failed",
  ERROR: "failed",
  INACTIVE: "failed",
};

export const normalizeGroupStatus = (value: string): GroupStatus | null =>
  GROUP_STATUS_SYNONYMS[canonicalToken(value)] ?? null;

const ASSET_STATUS_SYNONYMS: Record<string, AssetStatus> = {
  ACTIVE: "active",
  READY: "active",
  AVAILABLE: "active",
  SUCCESS: "active",
  SUCCEEDED: "active",
  PROCESSING: "processing",
  PENDING: "processing",
  QUEUED: "processing",
  UPLOADING: "processing",
  VALIDATING: "processing",
  IN_PROGRESS: "processing",
  FAILED: "failed",
  ERROR: "failed",
  REJECTED: "failed",
  INACTIVE: "failed",
  EXPIRED: "expired",
};

export const normalizeAssetStatus = (value: string): AssetStatus | null =>
  ASSET_STATUS_SYNONYMS[canonicalToken(value)] ?? null;

const VIDEO_STATUS_SYNONYMS: Record<string, VideoStatus> = {
  QUEUED: "queued",
  PENDING: "queued",
  SUBMITTED: "queued",
  IN_PROGRESS: "in_progress",
  RUNNING: "in_progress",
  PROCESSING: "in_progress",
  COMPLETED: "completed",
  SUCCEEDED: "completed",
  SUCCESS: "completed",
  FAILED: "failed",
  ERROR: "failed",
  CANCELLED: "failed",
  CANCELED: "failed",
  EXPIRED: "failed",
};

export const normalizeVideoStatus = (value: string): VideoStatus | null =>
  VIDEO_STATUS_SYNONYMS[canonicalToken(value)] ?? null;

export function normalizeMediaType(mediaType: string | null, mimeType: string | null): MediaType | null {
  const token = (mediaType ?? mimeType?.split("/")[0] ?? "").toLowerCase();
  if (token.startsWith("image")) return "image";
  if (token.startsWith("video")) return "video";
  if (token.startsWith("audio")) return "audio";
  return null;
}

/** Unix seconds, unix milliseconds, numeric strings or ISO-8601 -> ISO-8601 (null if unusable). */
export function toIsoDate(value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null;
  let millis: number;
  if (typeof value === "number" || (typeof value === "string" && /^\d+(\.\d+)?$/.test(value.trim()))) {
    const n = Number(value);
    millis = n < 1e12 ? n * 1000 : n;
  } else if (typeof value === "string") {
    millis = Date.parse(value);
  } else {
    return null;
  }
  return Number.isFinite(millis) ? new Date(millis).toISOString() : null;
}
