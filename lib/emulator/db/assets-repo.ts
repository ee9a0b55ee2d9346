import type { Db } from "./open-database";
import { createStatementCache, likePattern } from "./statement-cache";

export interface AssetRow {
  id: number;
  asset_id: string;
  tenant_id: number;
  group_seq: number | null;
  group_id: string | null;
  group_name: string | null;
  kind: string;
  media_type: string;
  name: string;
  filename: string;
  mime_type: string;
  file_type: string;
  size_bytes: number;
  width: number | null;
  height: number | null;
  file_name: string;
  thumb_name: string | null;
  ready_at: number;
  outcome: string;
  failure_reason: string | null;
  retention_days: number | null;
  expires_at: number | null;
  created_at: number;
  updated_at: number;
  /** Effective status derived from the clock: processing | active | failed | expired. */
  status: string;
}

export type NewAssetRow = Omit<AssetRow, "id" | "group_id" | "group_name" | "status">;

export interface AssetFilter {
  tenantId: number;
  now: number;
  /** `null` = only assets without a group; undefined = any. */
  groupSeq?: number | null;
  kind?: string;
  status?: string;
  mediaType?: string;
  keyword?: string;
}

// Processing wins over everything, then a failed outcome, then retention expiry.
const EFFECTIVE_STATUS = `CASE WHEN a.ready_at > @now THEN 'processing'
  WHEN a.outcome = 'failed' THEN 'failed'
  WHEN a.expires_at IS NOT NULL AND a.expires_at <= @now THEN 'expired'
  ELSE 'active' END`;
const SELECT = `SELECT a.*, g.group_id AS group_id, g.name AS group_name, ${EFFECTIVE_STATUS} AS status
  FROM assets a LEFT JOIN asset_groups g ON g.seq = a.group_seq`;

const TRIGRAM = 3;
/** The keyword as one FTS5 phrase: contiguous text, every character literal, any case. */
const phrase = (keyword: string) => `"${keyword.replaceAll('"', '""')}"`;

export function createAssetRepo(db: Db) {
  const sql = createStatementCache(db);

  function where(filter: AssetFilter) {
    const clauses = ["a.tenant_id = @tenantId"];
    if (filter.groupSeq === null) clauses.push("a.group_seq IS NULL");
    else if (filter.groupSeq !== undefined) clauses.push("a.group_seq = @groupSeq");
    if (filter.kind) clauses.push("a.kind = @kind");
    if (filter.mediaType) clauses.push("a.media_type = @mediaType");
    if (filter.status) clauses.push(`${EFFECTIVE_STATUS} = @status`);
    // Three characters or more: the trigram index; shorter text has no trigram to look up.
    const indexed = filter.keyword !== undefined && [...filter.keyword].length >= TRIGRAM;
    if (filter.keyword && indexed)
      clauses.push("a.id IN (SELECT rowid FROM assets_text WHERE assets_text MATCH @match)");
    else if (filter.keyword)
      clauses.push("(a.name LIKE @keyword ESCAPE '\\' OR a.asset_id LIKE @keyword ESCAPE '\\')");
    const params = {
      tenantId: filter.tenantId,
      now: filter.now,
      groupSeq: filter.groupSeq ?? null,
      kind: filter.kind ?? null,
      mediaType: filter.mediaType ?? null,
      status: filter.status ?? null,
      keyword: filter.keyword && !indexed ? likePattern(filter.keyword) : null,
      match: filter.keyword && indexed ? phrase(filter.keyword) : null,
    };
    return { text: clauses.join(" AND "), params };
  }

  return {
    list(filter: AssetFilter, offset: number, limit: number) {
      const { text, params } = where(filter);
      const rows = sql(`${SELECT} WHERE ${text} ORDER BY a.id DESC LIMIT @limit OFFSET @offset`).all({
        ...params,
        limit,
        offset,
      }) as AssetRow[];
      const total = sql(`SELECT COUNT(*) FROM assets a WHERE ${text}`).pluck().get(params) as number;
      return { rows, total };
    },
    get(tenantId: number, assetId: string, now: number) {
      return sql(`${SELECT} WHERE a.tenant_id = @tenantId AND a.asset_id = @assetId`).get({
        tenantId,
        assetId,
        now,
      }) as AssetRow | undefined;
    },
    inGroup(groupSeq: number) {
      return sql("SELECT asset_id, file_name, thumb_name FROM assets WHERE group_seq = ?").all(
        groupSeq,
      ) as Pick<AssetRow, "asset_id" | "file_name" | "thumb_name">[];
    },
    insert(row: NewAssetRow): number {
      const result =
        sql(`INSERT INTO assets (asset_id, tenant_id, group_seq, kind, media_type, name, filename, mime_type,
        file_type, size_bytes, width, height, file_name, thumb_name, ready_at, outcome, failure_reason, retention_days,
        expires_at, created_at, updated_at)
        VALUES (@asset_id, @tenant_id, @group_seq, @kind, @media_type, @name, @filename, @mime_type, @file_type,
        @size_bytes, @width, @height, @file_name, @thumb_name, @ready_at, @outcome, @failure_reason, @retention_days,
        @expires_at, @created_at, @updated_at)`).run(row);
      return Number(result.lastInsertRowid);
    },
    rename(id: number, name: string, now: number) {
      sql("UPDATE assets SET name = ?, updated_at = ? WHERE id = ?").run(name, now, id);
    },
    delete(id: number) {
      sql("DELETE FROM assets WHERE id = ?").run(id);
    },
    deleteInGroup(groupSeq: number) {
      sql("DELETE FROM assets WHERE group_seq = ?").run(groupSeq);
    },
  };
}
export type AssetRepo = ReturnType<typeof createAssetRepo>;
