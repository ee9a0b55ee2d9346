import type { Migration } from "./migration";

// Signed-in browsers. The cookie holds a random id; only its keyed hash is stored, so the
// database alone never holds a usable session. `password_tag` ties a session to the password
// it was opened with: changing APP_PASSWORD ends every session.
export const sessionsMigration: Migration = {
  version: 1,
  name: "sessions",
  sql: `
CREATE TABLE sessions (
  id_hash TEXT PRIMARY KEY,
  password_tag TEXT NOT NULL,
  issued_at INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE INDEX sessions_by_expiry ON sessions (expires_at);
`,
};
