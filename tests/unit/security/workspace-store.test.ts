// @vitest-environment node
import Database from "better-sqlite3";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MIGRATIONS } from "@/lib/workspace/migrations";
import { openWorkspace, WORKSPACE_FILE } from "@/lib/workspace/open-workspace";
import { runMigrations } from "@/lib/workspace/run-migrations";
import { readOrCreateSecret } from "@/lib/workspace/secret-file";

// The workspace store that keeps sessions (item 5): SQLite under DATA_DIR in WAL mode, with
// numbered migrations applied once each at start-up.

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), "workspace-test-"));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

describe("the workspace store", () => {
  it("opens in WAL mode with every migration applied once, however often it is opened", () => {
    openWorkspace(dataDir).close();
    const workspace = openWorkspace(dataDir);
    expect(workspace.db.pragma("journal_mode", { simple: true })).toBe("wal");
    const applied = workspace.db.prepare("SELECT version, name FROM schema_migrations").all();
    expect(applied).toEqual(MIGRATIONS.map(({ version, name }) => ({ version, name })));
    workspace.close();
  });

  it("takes a new table as one more numbered migration", () => {
    const db = new Database(path.join(dataDir, "store.db"));
    runMigrations(db, MIGRATIONS);
    const next = Math.max(...MIGRATIONS.map((m) => m.version)) + 1;
    const later = { version: next, name: "later", sql: "CREATE TABLE later_table (id TEXT PRIMARY KEY)" };
    runMigrations(db, [...MIGRATIONS, later]);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'later_table'").pluck().get()).toBe(
      "later_table",
    );
    expect(db.prepare("SELECT MAX(version) FROM schema_migrations").pluck().get()).toBe(next);
    db.close();
  });

  it("refuses a database from a newer build rather than guess", () => {
    const file = path.join(dataDir, WORKSPACE_FILE);
    openWorkspace(dataDir).close();
    const db = new Database(file);
    db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'future', 0)").run();
    db.close();
    expect(() => openWorkspace(dataDir)).toThrow(/newer than this build knows/);
  });

  it("makes each secret once, and two callers agree on it", () => {
    const first = readOrCreateSecret(dataDir, "key", () => "one");
    const second = readOrCreateSecret(dataDir, "key", () => "two");
    expect([first, second]).toEqual(["one", "one"]);
  });
});
