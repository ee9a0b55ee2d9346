import type { Migration } from "./migration";

// Lineage: what each task used, one row per input, so "which videos used this asset" is an
// indexed lookup rather than a scan of every request. `kind` says what `ref` names: an asset
// ID, an earlier video's task ID (same provider), or a local file's name as the user picked it.
// Rows go with their task (ON DELETE CASCADE). Tasks recorded before this step get their
// assets and earlier videos from the JSON lists video_tasks already kept; local file names were
// not kept then, so those tasks list none.
export const taskLineageMigration: Migration = {
  version: 4,
  name: "task_lineage",
  sql: `
CREATE TABLE task_inputs (
  provider TEXT NOT NULL,
  task_id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('asset', 'video', 'file')),
  ref TEXT NOT NULL,
  -- The order the request named them in, within each kind.
  position INTEGER NOT NULL,
  PRIMARY KEY (provider, task_id, kind, ref),
  FOREIGN KEY (provider, task_id) REFERENCES video_tasks (provider, task_id) ON DELETE CASCADE
);
CREATE INDEX task_inputs_by_ref ON task_inputs (kind, ref, provider);
INSERT OR IGNORE INTO task_inputs (provider, task_id, kind, ref, position)
  SELECT t.provider, t.task_id, 'asset', j.value, j.key
  FROM video_tasks t, json_each(t.input_asset_ids) j
  WHERE json_valid(t.input_asset_ids) AND j.type = 'text';
INSERT OR IGNORE INTO task_inputs (provider, task_id, kind, ref, position)
  SELECT t.provider, t.task_id, 'video', j.value, j.key
  FROM video_tasks t, json_each(t.source_video_ids) j
  WHERE json_valid(t.source_video_ids) AND j.type = 'text';
`,
};
