import type { Migration } from "./migration";

// Every video task this app created, because providers forget (ModelArk keeps tasks 7 days and
// output URLs 24 h) or never list them (LaoZhang's relay). A row is written once, whole, when the
// provider has accepted the task: every column a row needs from birth is NOT NULL, so a crash can
// leave a task out but never half in. Times are epoch milliseconds; lists are JSON arrays.
export const videoTasksMigration: Migration = {
  version: 2,
  name: "video_tasks",
  sql: `
CREATE TABLE video_tasks (
  provider TEXT NOT NULL,
  task_id TEXT NOT NULL,
  model TEXT NOT NULL,
  -- The Playground mode the user was in (edit/extend/stitch travel as reference tasks).
  mode TEXT,
  -- The body exactly as it was sent.
  request_json TEXT NOT NULL,
  input_asset_ids TEXT NOT NULL DEFAULT '[]',
  -- Earlier results used as inputs (lineage).
  source_video_ids TEXT NOT NULL DEFAULT '[]',
  status TEXT NOT NULL CHECK (status IN ('queued', 'in_progress', 'completed', 'failed')),
  progress INTEGER,
  parameters_json TEXT NOT NULL DEFAULT '{}',
  duration_seconds REAL,
  has_last_frame INTEGER NOT NULL DEFAULT 0,
  output_video_url TEXT,
  output_last_frame_url TEXT,
  error_code TEXT,
  error_message TEXT,
  -- 0 once the provider no longer has the task; the row stays.
  provider_listed INTEGER NOT NULL DEFAULT 1,
  -- The provider's creation time: it orders the history the same way the provider's list does.
  created_at INTEGER NOT NULL,
  recorded_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  finished_at INTEGER,
  PRIMARY KEY (provider, task_id)
);
CREATE INDEX video_tasks_by_time ON video_tasks (provider, created_at, task_id);
`,
};
