// The emulator's SQLite schema. Timestamps are epoch milliseconds from the emulator clock.
// Statuses that change with time alone (asset processing, Real Face link expiry, retention)
// are derived from stored timestamps when read, so a restart never leaves them stuck.

export const SCHEMA_VERSION = 1;

export const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS tenants (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  key_hash TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL
);
-- More keys for one tenant, as a Token360 workspace has several API keys. The first key
-- lives in tenants.key_hash; every key, first or extra, is stored only as its sha256.
CREATE TABLE IF NOT EXISTS tenant_keys (
  key_hash TEXT PRIMARY KEY,
  tenant_id INTEGER NOT NULL REFERENCES tenants (id) ON DELETE CASCADE
);

CREATE TABLE IF NOT EXISTS asset_groups (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  group_id TEXT NOT NULL UNIQUE,
  tenant_id INTEGER NOT NULL,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  -- active | pending_validation | failed; "expired" is derived from h5_expires_at
  status TEXT NOT NULL,
  h5_token TEXT UNIQUE,
  h5_expires_at INTEGER,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS asset_groups_by_tenant ON asset_groups (tenant_id, seq DESC);

CREATE TABLE IF NOT EXISTS assets (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  asset_id TEXT NOT NULL UNIQUE,
  tenant_id INTEGER NOT NULL,
  group_seq INTEGER,
  kind TEXT NOT NULL,
  media_type TEXT NOT NULL,
  name TEXT NOT NULL,
  filename TEXT NOT NULL,
  mime_type TEXT NOT NULL,
  file_type TEXT NOT NULL,
  size_bytes INTEGER NOT NULL,
  width INTEGER,
  height INTEGER,
  file_name TEXT NOT NULL,
  thumb_name TEXT,
  -- processing until ready_at, then outcome (active | failed)
  ready_at INTEGER NOT NULL,
  outcome TEXT NOT NULL,
  failure_reason TEXT,
  retention_days INTEGER,
  expires_at INTEGER,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS assets_by_tenant ON assets (tenant_id, id DESC);
-- With tenant_id, a group's count is read from the index alone (no row lookups).
DROP INDEX IF EXISTS assets_by_group;
CREATE INDEX IF NOT EXISTS assets_by_group_tenant ON assets (group_seq, tenant_id, id DESC);
CREATE INDEX IF NOT EXISTS assets_by_tenant_kind ON assets (tenant_id, kind, id DESC);

-- The keyword search (name or asset id contains the text) on a trigram index: any substring of
-- three characters or more is found without reading every row. Kept in step by triggers.
CREATE VIRTUAL TABLE IF NOT EXISTS assets_text USING fts5 (
  name, asset_id, content = 'assets', content_rowid = 'id', tokenize = 'trigram'
);
CREATE TRIGGER IF NOT EXISTS assets_text_insert AFTER INSERT ON assets BEGIN
  INSERT INTO assets_text (rowid, name, asset_id) VALUES (new.id, new.name, new.asset_id);
END;
CREATE TRIGGER IF NOT EXISTS assets_text_delete AFTER DELETE ON assets BEGIN
  INSERT INTO assets_text (assets_text, rowid, name, asset_id) VALUES ('delete', old.id, old.name, old.asset_id);
END;
CREATE TRIGGER IF NOT EXISTS assets_text_update AFTER UPDATE OF name, asset_id ON assets BEGIN
  INSERT INTO assets_text (assets_text, rowid, name, asset_id) VALUES ('delete', old.id, old.name, old.asset_id);
  INSERT INTO assets_text (rowid, name, asset_id) VALUES (new.id, new.name, new.asset_id);
END;

CREATE TABLE IF NOT EXISTS videos (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  video_id TEXT NOT NULL UNIQUE,
  tenant_id INTEGER NOT NULL,
  model TEXT NOT NULL,
  prompt TEXT NOT NULL,
  mode TEXT NOT NULL,
  status TEXT NOT NULL,
  progress INTEGER NOT NULL DEFAULT 0,
  params_json TEXT NOT NULL,
  request_json TEXT NOT NULL,
  inputs_json TEXT NOT NULL,
  output_json TEXT,
  origin TEXT NOT NULL,
  error_code TEXT,
  error_message TEXT,
  queued_until INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  completed_at INTEGER,
  callback_url TEXT,
  -- none | pending | delivered | failed
  webhook_status TEXT NOT NULL DEFAULT 'none',
  webhook_attempts INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS videos_by_tenant ON videos (tenant_id, seq);
CREATE INDEX IF NOT EXISTS videos_by_status ON videos (status);
`;
