import type Database from "better-sqlite3";

// The only code that knows the task_inputs table (migration 4): which assets, earlier videos
// and local files each task used. Rows are written with their task, inside the task's insert,
// and go with it when the task is deleted.

export type TaskInputKind = "asset" | "video" | "file";

/** What a task was made from, each list in the order the request named them. */
export interface TaskInputs {
  assetIds: string[];
  sourceVideoIds: string[];
  /** Local files by the name they had on the user's device. */
  fileNames: string[];
}

/** A task that used an input, newest first. */
export interface TaskUse {
  taskId: string;
  createdAt: number;
}

const KINDS: Record<TaskInputKind, keyof TaskInputs> = {
  asset: "assetIds",
  video: "sourceVideoIds",
  file: "fileNames",
};

export function createLineageRepo(db: Database.Database) {
  const insert = db.prepare(
    "INSERT OR IGNORE INTO task_inputs (provider, task_id, kind, ref, position) VALUES (?, ?, ?, ?, ?)",
  );
  const inputs = db.prepare<[string, string], { kind: TaskInputKind; ref: string }>(
    "SELECT kind, ref FROM task_inputs WHERE provider = ? AND task_id = ? ORDER BY kind, position",
  );
  const uses = db.prepare<[TaskInputKind, string, string, number], { task_id: string; created_at: number }>(
    `SELECT t.task_id, t.created_at FROM task_inputs i
     JOIN video_tasks t ON t.provider = i.provider AND t.task_id = i.task_id
     WHERE i.kind = ? AND i.ref = ? AND i.provider = ?
     ORDER BY t.created_at DESC, t.task_id DESC LIMIT ?`,
  );
  const count = db.prepare<[TaskInputKind, string, string], number>(
    "SELECT COUNT(*) FROM task_inputs WHERE kind = ? AND ref = ? AND provider = ?",
  );

  return {
    /** Call inside the transaction that writes the task row. Repeats are kept once. */
    record(provider: string, taskId: string, lineage: TaskInputs): void {
      for (const [kind, key] of Object.entries(KINDS) as [TaskInputKind, keyof TaskInputs][]) {
        lineage[key].forEach((ref, position) => insert.run(provider, taskId, kind, ref, position));
      }
    },
    inputsOf(provider: string, taskId: string): TaskInputs {
      const found: TaskInputs = { assetIds: [], sourceVideoIds: [], fileNames: [] };
      for (const row of inputs.all(provider, taskId)) found[KINDS[row.kind]].push(row.ref);
      return found;
    },
    /** The provider's tasks that used this asset or earlier video, newest first. */
    usesOf(provider: string, kind: Exclude<TaskInputKind, "file">, ref: string, limit: number): TaskUse[] {
      return uses
        .all(kind, ref, provider, limit)
        .map((row) => ({ taskId: row.task_id, createdAt: row.created_at }));
    },
    countUses(provider: string, kind: Exclude<TaskInputKind, "file">, ref: string): number {
      return count.pluck().get(kind, ref, provider) ?? 0;
    },
  };
}
