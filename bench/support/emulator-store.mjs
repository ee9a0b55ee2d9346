import Database from "better-sqlite3";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";

// The embedded emulator's SQLite store, opened by the benchmarks beside the running server (WAL
// lets both write). The app reaches its emulator with a key of its own (DATA_DIR/secrets/
// emulator-app-key) that the HTTP surface refuses; a benchmark that compares against the
// emulator over HTTP, or seeds rows in bulk, adds its own key to the app's tenant instead, as a
// Token360 workspace has several API keys (tenant_keys in lib/emulator/db/schema.ts).

const hashOf = (key) => createHash("sha256").update(key).digest("hex");

const storePath = (dataDir) => path.join(dataDir, "emulator", "emulator.db");

export function openStore(dataDir) {
  const db = new Database(storePath(dataDir));
  db.pragma("busy_timeout = 5000");
  db.pragma("foreign_keys = ON");
  return db;
}

/** The id of the tenant the app itself reads (it must have called its emulator once). */
export function appTenantId(db, dataDir) {
  const key = readFileSync(path.join(dataDir, "secrets", "emulator-app-key"), "utf8").trim();
  const id = db.prepare("SELECT id FROM tenants WHERE key_hash = ?").pluck().get(hashOf(key));
  if (id === undefined) throw new Error(`The app has no emulator tenant yet in ${dataDir}`);
  return id;
}

/** Makes `key` reach tenant `tenantId` over HTTP; refuses a key that is some other tenant's. */
export function addKeyToTenant(db, tenantId, key) {
  const hash = hashOf(key);
  const owner =
    db.prepare("SELECT id FROM tenants WHERE key_hash = ?").pluck().get(hash) ??
    db.prepare("SELECT tenant_id FROM tenant_keys WHERE key_hash = ?").pluck().get(hash);
  if (owner === tenantId) return;
  if (owner !== undefined) throw new Error(`The benchmark key already belongs to tenant ${owner}`);
  db.prepare("INSERT INTO tenant_keys (key_hash, tenant_id) VALUES (?, ?)").run(hash, tenantId);
}
