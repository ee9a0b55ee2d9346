import Database from "better-sqlite3";
import path from "node:path";

// Reads a server's task index (DATA_DIR/workspace/workspace.db) as the file on disk holds it,
// read-only, to check what a crash left there.

export interface IndexRow {
  task_id: string;
  mode: string | null;
  request_json: string;
  status: string;
  created_at: number;
  source_video_ids: string;
}

export function readTaskIndex(dataDir: string): { integrity: string; rows: IndexRow[] } {
  const db = new Database(path.join(dataDir, "workspace", "workspace.db"), { readonly: true });
  try {
    return {
      integrity: db.pragma("integrity_check", { simple: true }) as string,
      rows: db
        .prepare(
          "SELECT task_id, mode, request_json, status, created_at, source_video_ids FROM video_tasks ORDER BY created_at",
        )
        .all() as IndexRow[],
    };
  } finally {
    db.close();
  }
}
