import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { createArchiveRepo } from "./archive-repo";
import { MIGRATIONS } from "./migrations";
import { runMigrations } from "./run-migrations";
import { createSessionRepo } from "./sessions-repo";
import { createTaskRepo } from "./tasks-repo";

// The app's own store (DESIGN.md: the workspace store): SQLite under DATA_DIR/workspace, WAL so
// readers never wait for the writer, migrated to the current schema when opened. A repository
// per table is the only code that knows SQL.

export const WORKSPACE_FILE = path.join("workspace", "workspace.db");

export function openWorkspace(dataDir: string) {
  const file = path.resolve(dataDir, WORKSPACE_FILE);
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  // Two processes may share a data dir (a server and a script): wait instead of failing.
  db.pragma("busy_timeout = 5000");
  db.pragma("foreign_keys = ON");
  try {
    runMigrations(db, MIGRATIONS);
  } catch (error) {
    db.close();
    throw error;
  }
  return {
    db,
    sessions: createSessionRepo(db),
    tasks: createTaskRepo(db),
    archive: createArchiveRepo(db),
    close: () => db.close(),
  };
}
export type Workspace = ReturnType<typeof openWorkspace>;
