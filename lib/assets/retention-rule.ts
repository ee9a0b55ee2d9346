import { RETENTION_LABELS, type RetentionChoice } from "@/lib/schemas/asset-values";
import {
  GROUP_KIND_LABELS,
  isPortraitKind,
  NO_FIXED_EXPIRY,
  type GroupKind,
} from "@/lib/schemas/asset-group-values";

// Portrait groups (Virtual Portrait, Real Face) are provider-backed: their files keep the
// server default "No fixed expiry" and take no per-file retention. Generic uploads choose one.

export type RetentionState =
  | { locked: true; value: "none"; label: typeof NO_FIXED_EXPIRY; reason: string }
  | { locked: false; value: RetentionChoice; label: string; reason: null };

/** What the Retention control shows for uploads into a group of `kind` (undefined: none chosen yet). */
export function retentionFor(kind: GroupKind | undefined, choice: RetentionChoice): RetentionState {
  if (kind && isPortraitKind(kind)) {
    return {
      locked: true,
      value: "none",
      label: NO_FIXED_EXPIRY,
      reason: `${GROUP_KIND_LABELS[kind]} uploads do not use a per-file expiry date.`,
    };
  }
  return { locked: false, value: choice, label: RETENTION_LABELS[choice], reason: null };
}

/** The retention form field actually sent with an upload. */
export const retentionToSend = (kind: GroupKind | undefined, choice: RetentionChoice): RetentionChoice =>
  retentionFor(kind, choice).value;
