import type { Db } from "./open-database";
import { createStatementCache, likePattern } from "./statement-cache";

export interface GroupRow {
  seq: number;
  group_id: string;
  tenant_id: number;
  name: string;
  kind: string;
  /** Effective status: "expired" once a pending Real Face link has run out. */
  status: string;
  h5_token: string | null;
  h5_expires_at: number | null;
  created_at: number;
  updated_at: number;
  asset_count: number;
}

export interface GroupFilter {
  tenantId: number;
  now: number;
  keyword?: string;
  kind?: string;
  status?: string;
}

const EFFECTIVE_STATUS = `CASE WHEN g.status = 'pending_validation' AND g.h5_expires_at <= @now
  THEN 'expired' ELSE g.status END`;
const SELECT = `SELECT g.seq, g.group_id, g.tenant_id, g.name, g.kind, ${EFFECTIVE_STATUS} AS status,
  g.h5_token, g.h5_expires_at, g.created_at, g.updated_at,
  (SELECT COUNT(*) FROM assets a WHERE a.group_seq = g.seq) AS asset_count
  FROM asset_groups g`;

export function createGroupRepo(db: Db) {
  const sql = createStatementCache(db);

  function where(filter: GroupFilter) {
    const clauses = ["g.tenant_id = @tenantId"];
    if (filter.keyword)
      clauses.push("(g.name LIKE @keyword ESCAPE '\\' OR g.group_id LIKE @keyword ESCAPE '\\')");
    if (filter.kind) clauses.push("g.kind = @kind");
    if (filter.status) clauses.push(`${EFFECTIVE_STATUS} = @status`);
    const params = {
      tenantId: filter.tenantId,
      now: filter.now,
      keyword: filter.keyword ? likePattern(filter.keyword) : null,
      kind: filter.kind ?? null,
      status: filter.status ?? null,
    };
    return { text: clauses.join(" AND "), params };
  }

  return {
    list(filter: GroupFilter, offset: number, limit: number) {
      const { text, params } = where(filter);
      const rows = sql(`${SELECT} WHERE ${text} ORDER BY g.seq DESC LIMIT @limit OFFSET @offset`).all({
        ...params,
        limit,
        offset,
      }) as GroupRow[];
      const total = sql(`SELECT COUNT(*) FROM asset_groups g WHERE ${text}`).pluck().get(params) as number;
      return { rows, total };
    },
    get(tenantId: number, groupId: string, now: number) {
      return sql(`${SELECT} WHERE g.tenant_id = @tenantId AND g.group_id = @groupId`).get({
        tenantId,
        groupId,
        now,
      }) as GroupRow | undefined;
    },
    byToken(token: string, now: number) {
      return sql(`${SELECT} WHERE g.h5_token = @token`).get({ token, now }) as GroupRow | undefined;
    },
    insert(row: Omit<GroupRow, "seq" | "asset_count">) {
      sql(`INSERT INTO asset_groups (group_id, tenant_id, name, kind, status, h5_token, h5_expires_at, created_at, updated_at)
        VALUES (@group_id, @tenant_id, @name, @kind, @status, @h5_token, @h5_expires_at, @created_at, @updated_at)`).run(
        row,
      );
    },
    rename(seq: number, name: string, now: number) {
      sql("UPDATE asset_groups SET name = ?, updated_at = ? WHERE seq = ?").run(name, now, seq);
    },
    setStatus(seq: number, status: string, now: number) {
      sql("UPDATE asset_groups SET status = ?, updated_at = ? WHERE seq = ?").run(status, now, seq);
    },
    delete(seq: number) {
      sql("DELETE FROM asset_groups WHERE seq = ?").run(seq);
    },
  };
}
export type GroupRepo = ReturnType<typeof createGroupRepo>;
