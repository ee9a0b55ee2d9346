import Database from "better-sqlite3";
import { randomBytes } from "node:crypto";
import { SCHEMA_SQL, SCHEMA_VERSION } from "./schema";

export type Db = Database.Database;

/** Opens (or creates) the emulator database: WAL so readers never block the writer. */
export function openDatabase(file: string): Db {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  // Two processes may share a data dir (a dev server and a script): wait instead of failing.
  db.pragma("busy_timeout = 5000");
  db.pragma("foreign_keys = ON");
  const hadSearchIndex = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'assets_text'")
    .get();
  db.exec(SCHEMA_SQL);
  // A store made before the search index: index the assets it already holds, once.
  if (!hadSearchIndex) db.exec("INSERT INTO assets_text (assets_text) VALUES ('rebuild')");
  const version = db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").pluck().get();
  if (version === undefined) {
    db.prepare("INSERT INTO meta (key, value) VALUES ('schema_version', ?)").run(String(SCHEMA_VERSION));
  }
  return db;
}

/** The per-data-dir secret that signs file URLs; persisted so links survive a restart. */
export function signingSecret(db: Db): string {
  const existing = db.prepare("SELECT value FROM meta WHERE key = 'signing_secret'").pluck().get();
  if (typeof existing === "string") return existing;
  const secret = randomBytes(32).toString("hex");
  db.prepare("INSERT OR IGNORE INTO meta (key, value) VALUES ('signing_secret', ?)").run(secret);
  return db.prepare("SELECT value FROM meta WHERE key = 'signing_secret'").pluck().get() as string;
}
