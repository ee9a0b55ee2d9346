import type Database from "better-sqlite3";

// The only code that knows the video_archive table (migration 003): where each task's kept copy
// stands, and whether someone starred the video. Times are epoch milliseconds; paths are
// relative to the archive folder.

export type KeepState = "none" | "pending" | "kept" | "failed" | "evicted";

export interface KeepRow {
  provider: string;
  taskId: string;
  state: KeepState;
  attempts: number;
  lastError: string | null;
  videoPath: string | null;
  videoBytes: number | null;
  framePath: string | null;
  frameBytes: number | null;
  keptAt: number | null;
  starred: boolean;
}

export interface KeptFiles {
  videoPath: string;
  videoBytes: number;
  framePath: string | null;
  frameBytes: number | null;
  keptAt: number;
}

interface RawKeepRow {
  provider: string;
  task_id: string;
  state: KeepState;
  attempts: number;
  last_error: string | null;
  video_path: string | null;
  video_bytes: number | null;
  frame_path: string | null;
  frame_bytes: number | null;
  kept_at: number | null;
  starred: number;
}

const toKeepRow = (raw: RawKeepRow): KeepRow => ({
  provider: raw.provider,
  taskId: raw.task_id,
  state: raw.state,
  attempts: raw.attempts,
  lastError: raw.last_error,
  videoPath: raw.video_path,
  videoBytes: raw.video_bytes,
  framePath: raw.frame_path,
  frameBytes: raw.frame_bytes,
  keptAt: raw.kept_at,
  starred: raw.starred === 1,
});

export function createArchiveRepo(db: Database.Database) {
  const byId = db.prepare<[string, string], RawKeepRow>(
    "SELECT * FROM video_archive WHERE provider = ? AND task_id = ?",
  );
  // Only a task the index holds can be kept (the foreign key); an unknown one changes nothing.
  const ensureRow = db.prepare(
    "INSERT OR IGNORE INTO video_archive (provider, task_id) SELECT provider, task_id FROM video_tasks WHERE provider = ? AND task_id = ?",
  );
  const markPending = db.prepare(
    "UPDATE video_archive SET state = 'pending' WHERE provider = ? AND task_id = ? AND state = 'none'",
  );
  const failedAttempt = db.prepare(
    "UPDATE video_archive SET attempts = attempts + 1, last_error = ?, state = CASE WHEN attempts + 1 >= ? THEN 'failed' ELSE state END WHERE provider = ? AND task_id = ? AND state = 'pending'",
  );
  const kept = db.prepare(`UPDATE video_archive SET state = 'kept', last_error = NULL,
    video_path = @video_path, video_bytes = @video_bytes, frame_path = @frame_path,
    frame_bytes = @frame_bytes, kept_at = @kept_at
    WHERE provider = @provider AND task_id = @task_id AND state = 'pending'`);
  const evicted = db.prepare(`UPDATE video_archive SET state = 'evicted', video_path = NULL,
    video_bytes = NULL, frame_path = NULL, frame_bytes = NULL
    WHERE provider = ? AND task_id = ? AND state = 'kept' AND starred = 0`);
  const star = db.prepare(
    "UPDATE video_archive SET starred = ?, starred_at = ? WHERE provider = ? AND task_id = ?",
  );
  const pending = db.prepare<[], RawKeepRow>(
    "SELECT * FROM video_archive WHERE state = 'pending' ORDER BY rowid",
  );
  const usedBytes = db
    .prepare(
      "SELECT COALESCE(SUM(COALESCE(video_bytes, 0) + COALESCE(frame_bytes, 0)), 0) FROM video_archive WHERE state = 'kept'",
    )
    .pluck();
  const keptCount = db.prepare("SELECT COUNT(*) FROM video_archive WHERE state = 'kept'").pluck();
  const oldestUnstarred = db.prepare<[number], RawKeepRow>(
    "SELECT * FROM video_archive WHERE state = 'kept' AND starred = 0 ORDER BY kept_at ASC, task_id ASC LIMIT ?",
  );
  const starredPages = {
    first: db.prepare<[string, number], { task_id: string }>(
      "SELECT a.task_id FROM video_archive a JOIN video_tasks t USING (provider, task_id) WHERE a.provider = ? AND a.starred = 1 ORDER BY t.created_at DESC, t.task_id DESC LIMIT ?",
    ),
    after: db.prepare<[string, number, number, string, number], { task_id: string }>(
      "SELECT a.task_id FROM video_archive a JOIN video_tasks t USING (provider, task_id) WHERE a.provider = ? AND a.starred = 1 AND (t.created_at < ? OR (t.created_at = ? AND t.task_id < ?)) ORDER BY t.created_at DESC, t.task_id DESC LIMIT ?",
    ),
  };
  const unrequested = db.prepare<[string, number], { task_id: string }>(
    "SELECT task_id FROM video_tasks t WHERE provider = ? AND status = 'completed' AND NOT EXISTS (SELECT 1 FROM video_archive a WHERE a.provider = t.provider AND a.task_id = t.task_id AND a.state <> 'none') ORDER BY created_at DESC LIMIT ?",
  );
  const allPaths = db.prepare<[], { video_path: string | null; frame_path: string | null }>(
    "SELECT video_path, frame_path FROM video_archive WHERE state = 'kept'",
  );

  return {
    find(provider: string, taskId: string): KeepRow | undefined {
      const raw = byId.get(provider, taskId);
      return raw && toKeepRow(raw);
    },
    /** Asks for a copy of a task in the index; returns its row (undefined when the index has no such task). */
    request(provider: string, taskId: string): KeepRow | undefined {
      ensureRow.run(provider, taskId);
      markPending.run(provider, taskId);
      return this.find(provider, taskId);
    },
    /** One more failed try; past `maxAttempts` the copy is given up (state failed). */
    recordFailure(provider: string, taskId: string, message: string, maxAttempts: number): void {
      failedAttempt.run(message.slice(0, 500), maxAttempts, provider, taskId);
    },
    recordKept(provider: string, taskId: string, files: KeptFiles): boolean {
      return (
        kept.run({
          provider,
          task_id: taskId,
          video_path: files.videoPath,
          video_bytes: files.videoBytes,
          frame_path: files.framePath,
          frame_bytes: files.frameBytes,
          kept_at: files.keptAt,
        }).changes > 0
      );
    },
    /** The copy was removed by the size cap; a starred video never is (the row is left as it was). */
    recordEvicted: (provider: string, taskId: string): boolean => evicted.run(provider, taskId).changes > 0,
    /** Stars or unstars a task in the index; false when the index has no such task. */
    setStarred(provider: string, taskId: string, starred: boolean, at: number): boolean {
      ensureRow.run(provider, taskId);
      return star.run(starred ? 1 : 0, starred ? at : null, provider, taskId).changes > 0;
    },
    /** Copies still to make, oldest request first (a restart resumes them). */
    pending: (): KeepRow[] => pending.all().map(toKeepRow),
    /** Completed tasks of a provider with no copy asked for yet, newest first. */
    unrequested: (provider: string, limit: number): string[] =>
      unrequested.all(provider, limit).map((row) => row.task_id),
    usedBytes: (): number => usedBytes.get() as number,
    keptCount: (): number => keptCount.get() as number,
    /** Kept, unstarred copies, the oldest kept first: what the size cap removes. */
    oldestUnstarred: (limit: number): KeepRow[] => oldestUnstarred.all(limit).map(toKeepRow),
    /** Starred tasks, newest first, past `after`; one more id than asked tells whether more follow. */
    starredIds(provider: string, limit: number, after?: { createdAt: number; taskId: string }) {
      const rows = after
        ? starredPages.after.all(provider, after.createdAt, after.createdAt, after.taskId, limit + 1)
        : starredPages.first.all(provider, limit + 1);
      return { ids: rows.slice(0, limit).map((row) => row.task_id), hasMore: rows.length > limit };
    },
    /** Every path a kept row names (a sweep removes files no row names). */
    keptPaths: (): Set<string> =>
      new Set(allPaths.all().flatMap((row) => [row.video_path, row.frame_path].filter((p) => p !== null))),
  };
}
export type ArchiveRepo = ReturnType<typeof createArchiveRepo>;
