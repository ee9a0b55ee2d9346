import "server-only";
import {
  isPortraitKind,
  NO_FIXED_EXPIRY,
  type AssetGroup,
  type GroupStatus,
} from "@/lib/schemas/asset-group";
import { toBrowserUrl, type Upstream } from "../upstream";
import { wireAssetGroupSchema, type WireAssetGroup } from "../wire/asset-group";
import { normalizeGroupStatus, normalizeKind, toIsoDate } from "./normalize";
import { UpstreamShapeError } from "./shape-error";

function retentionLabel(wire: WireAssetGroup, portrait: boolean): string {
  const value = wire.retention;
  if (portrait || value === null || value === undefined) return NO_FIXED_EXPIRY;
  if (typeof value === "number" || /^\d+$/.test(value)) {
    const days = Number(value);
    return days === 1 ? "1 day" : `${days} days`;
  }
  return /no[_\s-]?fixed|none|never|permanent/i.test(value) ? NO_FIXED_EXPIRY : value;
}

function verificationOf(
  wire: WireAssetGroup,
  status: GroupStatus,
  upstream: Upstream,
): AssetGroup["verification"] {
  const link = wire.h5Link ?? wire.h5_link;
  if (!link || status !== "pending_validation") return null;
  return {
    url: toBrowserUrl(link, upstream),
    expiresAt: toIsoDate(wire.h5LinkExpiresAt ?? wire.h5_link_expires_at),
  };
}

/** A group record from any payload shape -> AssetGroup. `fallbackName` covers create answers. */
export function toAssetGroup(
  raw: unknown,
  upstream: Upstream,
  fallback: Partial<Pick<AssetGroup, "name" | "kind">> = {},
): AssetGroup {
  const parsed = wireAssetGroupSchema.safeParse(raw);
  if (!parsed.success)
    throw new UpstreamShapeError(
      `an asset group record (${parsed.error.issues[0]?.message ?? "bad fields"})`,
    );
  const wire = parsed.data;
  const id = wire.groupId ?? wire.assetGroupId ?? wire.id;
  if (!id) throw new UpstreamShapeError("an asset group without groupId, assetGroupId or id");
  const kindText = wire.groupKind ?? wire.kind ?? wire.type;
  const kind = kindText ? normalizeKind(kindText) : (fallback.kind ?? null);
  if (!kind)
    throw new UpstreamShapeError(
      `asset group kind ${JSON.stringify(kindText ?? null)} is not one the app knows`,
    );
  // A freshly created portrait group may omit status: VP/generic start active, Real Face waits for H5.
  const status = wire.status
    ? normalizeGroupStatus(wire.status)
    : kind === "REAL_FACE"
      ? "pending_validation"
      : "active";
  if (!status)
    throw new UpstreamShapeError(
      `asset group status ${JSON.stringify(wire.status)} is not one the app knows`,
    );
  return {
    id,
    name: wire.name ?? wire.groupName ?? fallback.name ?? id,
    kind,
    status,
    retention: retentionLabel(wire, isPortraitKind(kind)),
    assetCount:
      wire.assetCount === null || wire.assetCount === undefined
        ? null
        : Math.max(0, Math.trunc(wire.assetCount)),
    createdAt: toIsoDate(wire.createdAt ?? wire.created_at),
    verification: verificationOf(wire, status, upstream),
  };
}
