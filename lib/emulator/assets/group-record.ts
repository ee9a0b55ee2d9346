import { NO_FIXED_EXPIRY } from "@/lib/schemas/asset-group";
import type { GroupRow } from "../db/groups-repo";
import type { Tenant } from "../db/tenants";
import { isPortrait } from "./group-kind";

export const iso = (ms: number) => new Date(ms).toISOString();

export const verifyUrl = (origin: string, token: string) => `${origin}/emulator/verify/${token}`;

/** The group record (API.md §3.4) with both `groupId` and `assetGroupId` so any client finds its id. */
export function groupRecord(row: GroupRow, tenant: Tenant, origin: string) {
  const pending = row.status === "pending_validation" && row.h5_token !== null;
  const h5Link = pending ? verifyUrl(origin, row.h5_token!) : null;
  return {
    id: row.group_id,
    groupId: row.group_id,
    assetGroupId: row.group_id,
    name: row.name,
    groupKind: row.kind,
    status: row.status,
    // Generic groups have no group-wide retention: each upload picks its own.
    retention: isPortrait(row.kind) ? NO_FIXED_EXPIRY : "Per file",
    assetCount: row.asset_count,
    owned: true,
    createdBy: tenant.userName,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    h5Link,
    h5_link: h5Link,
    h5LinkExpiresAt: pending && row.h5_expires_at !== null ? iso(row.h5_expires_at) : null,
  };
}
