import "server-only";
import type { AssetRecord } from "@/lib/schemas/asset";
import type { GroupKind } from "@/lib/schemas/asset-group";
import { wireAssetSchema, type WireAsset } from "../wire/asset";
import { normalizeAssetStatus, normalizeKind, normalizeMediaType, toIsoDate } from "./normalize";
import { UpstreamShapeError } from "./shape-error";

const PUBLIC_ASSET_ID = /^(ta|ua)_[A-Za-z0-9]+$/;

/** assetId, its alias token360AssetId, or an `id` that is itself a public id (API.md §1.4 item 5). */
function publicIdOf(wire: WireAsset): string | null {
  const candidates = [wire.assetId, wire.token360AssetId, wire.id];
  return (
    candidates.find((value): value is string => typeof value === "string" && PUBLIC_ASSET_ID.test(value)) ??
    null
  );
}

/** assetKind is undocumented: use it when recognisable, else the group kind, else the id prefix. */
function kindOf(wire: WireAsset, assetId: string): GroupKind {
  const named =
    (wire.assetKind && normalizeKind(wire.assetKind)) || (wire.groupKind && normalizeKind(wire.groupKind));
  if (named) return named;
  return assetId.startsWith("ua_") ? "GENERIC" : "VIRTUAL_PORTRAIT";
}

function failureOf(wire: WireAsset): string | null {
  const fromError = typeof wire.error === "string" ? wire.error : (wire.error?.message ?? null);
  return wire.failureReason ?? wire.failReason ?? wire.reason ?? wire.errorMessage ?? fromError ?? null;
}

const positiveInt = (value: number | null | undefined) =>
  value === null || value === undefined || value <= 0 ? null : Math.round(value);

/** An asset record from any payload shape -> AssetRecord (the BFF adds the app's preview URL). */
export function toAsset(raw: unknown): AssetRecord {
  const parsed = wireAssetSchema.safeParse(raw);
  if (!parsed.success)
    throw new UpstreamShapeError(`an asset record (${parsed.error.issues[0]?.message ?? "bad fields"})`);
  const wire = parsed.data;
  const assetId = publicIdOf(wire);
  if (!assetId) throw new UpstreamShapeError("an asset without a public assetId (ta_… / ua_…)");
  const status = wire.status ? normalizeAssetStatus(wire.status) : "processing";
  if (!status)
    throw new UpstreamShapeError(`asset status ${JSON.stringify(wire.status)} is not one the app knows`);
  const mediaType = normalizeMediaType(wire.mediaType ?? null, wire.mimeType ?? null) ?? "image";
  const size = wire.sizeBytes ?? wire.size;
  return {
    assetId,
    name: wire.name ?? wire.displayName ?? wire.filename ?? assetId,
    groupId: wire.assetGroupId ?? wire.groupId ?? null,
    groupName: wire.groupName ?? null,
    kind: kindOf(wire, assetId),
    mediaType,
    status,
    failureReason: status === "failed" ? (failureOf(wire) ?? "Rejected by the provider") : null,
    mimeType: wire.mimeType ?? null,
    sizeBytes: size === null || size === undefined || size < 0 ? null : Math.round(size),
    width: positiveInt(wire.width),
    height: positiveInt(wire.height),
    expiresAt: toIsoDate(wire.expiresAt ?? wire.expireAt),
    createdAt: toIsoDate(wire.createdAt ?? wire.created_at),
  };
}
