import type { Db } from "./open-database";

// What one tenant stores, as the database knows it: upload sizes are recorded; video outputs
// and inputs are files named after their task, measured on disk by the caller.

export interface TenantVideoFiles {
  video_id: string;
  inputs_json: string;
}

export function createUsageRepo(db: Db) {
  const assetBytes = db.prepare<[number], number>(
    "SELECT COALESCE(SUM(size_bytes), 0) FROM assets WHERE tenant_id = ?",
  );
  const videos = db.prepare<[number], TenantVideoFiles>(
    "SELECT video_id, inputs_json FROM videos WHERE tenant_id = ?",
  );
  return {
    assetBytes: (tenantId: number): number => assetBytes.pluck().get(tenantId) as number,
    videos: (tenantId: number): TenantVideoFiles[] => videos.all(tenantId),
  };
}
export type UsageRepo = ReturnType<typeof createUsageRepo>;
