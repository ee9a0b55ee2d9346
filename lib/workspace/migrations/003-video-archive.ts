import type { Migration } from "./migration";

// The kept copies of finished videos (lib/archive): providers forget their outputs (ModelArk's
// links last 24 h, its tasks 7 days), so each completed task's MP4 and last frame are copied into
// DATA_DIR/archive. One row per task the app has kept, or been asked to keep, or starred. The
// state says where the copy is: pending (to copy, or being copied; a restart resumes it), kept,
// failed (gave up after `attempts`), evicted (removed by the size cap; never a starred one).
// Paths are relative to the archive folder. Deleting the task deletes its row.
export const videoArchiveMigration: Migration = {
  version: 3,
  name: "video_archive",
  sql: `
CREATE TABLE video_archive (
  provider TEXT NOT NULL,
  task_id TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'none' CHECK (state IN ('none', 'pending', 'kept', 'failed', 'evicted')),
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  video_path TEXT,
  video_bytes INTEGER,
  frame_path TEXT,
  frame_bytes INTEGER,
  kept_at INTEGER,
  starred INTEGER NOT NULL DEFAULT 0,
  starred_at INTEGER,
  PRIMARY KEY (provider, task_id),
  FOREIGN KEY (provider, task_id) REFERENCES video_tasks (provider, task_id) ON DELETE CASCADE
);
CREATE INDEX video_archive_by_state ON video_archive (state, kept_at);
`,
};
