import type { Db } from "./open-database";
import { createStatementCache } from "./statement-cache";

export interface VideoRow {
  seq: number;
  video_id: string;
  tenant_id: number;
  model: string;
  prompt: string;
  mode: string;
  status: string;
  progress: number;
  params_json: string;
  request_json: string;
  inputs_json: string;
  output_json: string | null;
  origin: string;
  error_code: string | null;
  error_message: string | null;
  queued_until: number;
  created_at: number;
  updated_at: number;
  completed_at: number | null;
  callback_url: string | null;
  webhook_status: string;
  webhook_attempts: number;
}

export interface CursorQuery {
  tenantId: number;
  order: "asc" | "desc";
  /** Sequence of the cursor item; `direction` says which side of it to read. */
  cursor: { seq: number; direction: "after" | "before" } | null;
  limit: number;
}

export function createVideoRepo(db: Db) {
  const sql = createStatementCache(db);

  return {
    insert(row: Omit<VideoRow, "seq">) {
      const columns = Object.keys(row);
      sql(
        `INSERT INTO videos (${columns.join(", ")}) VALUES (${columns.map((c) => `@${c}`).join(", ")})`,
      ).run(row);
    },
    get(tenantId: number, videoId: string) {
      return sql("SELECT * FROM videos WHERE tenant_id = ? AND video_id = ?").get(tenantId, videoId) as
        VideoRow | undefined;
    },
    byId(videoId: string) {
      return sql("SELECT * FROM videos WHERE video_id = ?").get(videoId) as VideoRow | undefined;
    },
    /** One page plus whether more rows lie beyond it, in the requested order. */
    page(query: CursorQuery): { rows: VideoRow[]; hasMore: boolean } {
      const { cursor, order, limit } = query;
      // Reading "before" a cursor walks backwards, so it runs in the opposite order and flips after.
      const backwards = cursor?.direction === "before";
      const ascending = (order === "asc") !== backwards;
      const comparison = cursor ? `AND seq ${ascending ? ">" : "<"} @seq` : "";
      const rows = sql(
        `SELECT * FROM videos WHERE tenant_id = @tenantId ${comparison}
         ORDER BY seq ${ascending ? "ASC" : "DESC"} LIMIT @take`,
      ).all({ tenantId: query.tenantId, seq: cursor?.seq ?? 0, take: limit + 1 }) as VideoRow[];
      const hasMore = rows.length > limit;
      const page = rows.slice(0, limit);
      return { rows: backwards ? page.reverse() : page, hasMore };
    },
    unfinished() {
      return sql(
        "SELECT * FROM videos WHERE status IN ('queued', 'in_progress') ORDER BY seq",
      ).all() as VideoRow[];
    },
    pendingWebhooks() {
      return sql("SELECT * FROM videos WHERE webhook_status = 'pending' ORDER BY seq").all() as VideoRow[];
    },
    update(videoId: string, fields: Partial<Omit<VideoRow, "seq" | "video_id">>) {
      const columns = Object.keys(fields);
      if (columns.length === 0) return;
      sql(
        `UPDATE videos SET ${columns.map((c) => `${c} = @${c}`).join(", ")} WHERE video_id = @video_id`,
      ).run({
        ...fields,
        video_id: videoId,
      });
    },
    delete(videoId: string) {
      sql("DELETE FROM videos WHERE video_id = ?").run(videoId);
    },
  };
}
export type VideoRepo = ReturnType<typeof createVideoRepo>;
