import { createHash } from "node:crypto";
import type { Db } from "./open-database";

// Every well-formed key is its own tenant, created on first use, unless it was added to an
// existing tenant (tenant_keys). Only a hash of a key is stored, so the database never holds a
// usable credential.

export interface Tenant {
  id: number;
  userName: string;
}

export const API_KEY_PATTERN = /^sk-[A-Za-z0-9_-]{8,200}$/;

const hashOf = (apiKey: string) => createHash("sha256").update(apiKey).digest("hex");

export function createTenantRepo(db: Db, now: () => number) {
  const find = db.prepare<{ hash: string }, { id: number }>(
    `SELECT id FROM tenants WHERE key_hash = @hash
     UNION ALL SELECT tenant_id FROM tenant_keys WHERE key_hash = @hash LIMIT 1`,
  );
  const addAlias = db.prepare("INSERT INTO tenant_keys (key_hash, tenant_id) VALUES (?, ?)");
  const insert = db.prepare("INSERT OR IGNORE INTO tenants (key_hash, created_at) VALUES (?, ?)");
  const rekey = db.prepare("UPDATE tenants SET key_hash = ? WHERE key_hash = ?");
  /** The tenant for an API key (created when new). */
  function forKey(apiKey: string): Tenant {
    const hash = hashOf(apiKey);
    let row = find.get({ hash });
    if (!row) {
      insert.run(hash, now());
      row = find.get({ hash })!;
    }
    return { id: row.id, userName: `user-${row.id}` };
  }
  return {
    /** Hands a tenant (and all its data) to another key, unless that key has a tenant already. */
    moveKey(fromKey: string, toKey: string): boolean {
      if (find.get({ hash: hashOf(toKey) })) return false;
      return rekey.run(hashOf(toKey), hashOf(fromKey)).changes > 0;
    },
    /** Lets `extraKey` reach the tenant of `tenantKey` (created when new), unless it has a tenant. */
    addKey(tenantKey: string, extraKey: string): boolean {
      if (find.get({ hash: hashOf(extraKey) })) return false;
      addAlias.run(hashOf(extraKey), forKey(tenantKey).id);
      return true;
    },
    forKey,
  };
}
export type TenantRepo = ReturnType<typeof createTenantRepo>;
