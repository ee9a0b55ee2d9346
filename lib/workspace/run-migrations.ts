import type Database from "better-sqlite3";
import type { Migration } from "./migrations/migration";

// Applies the migrations a database has not seen, in order, each in its own transaction and
// recorded in schema_migrations. BEGIN IMMEDIATE takes the write lock before reading what is
// applied, so two processes opening one data dir never apply a step twice.

export function runMigrations(db: Database.Database, migrations: readonly Migration[], now = Date.now) {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at INTEGER NOT NULL
  )`);
  const latestKnown = Math.max(0, ...migrations.map((m) => m.version));
  const applied = db.prepare("SELECT version FROM schema_migrations");
  const record = db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)");
  const step = db.transaction((migration: Migration) => {
    const done = new Set(applied.pluck().all() as number[]);
    if (done.has(migration.version)) return;
    db.exec(migration.sql);
    record.run(migration.version, migration.name, now());
  });
  const newest = Math.max(0, ...(applied.pluck().all() as number[]));
  if (newest > latestKnown) {
    throw new Error(
      `The workspace database is at schema version ${newest}, newer than this build knows (${latestKnown}). Run a newer Portrait Studio.`,
    );
  }
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) step.immediate(migration);
}
