import type Database from "better-sqlite3";

// The only code that knows the sessions table. Times are epoch milliseconds.

export interface SessionRow {
  id_hash: string;
  password_tag: string;
  issued_at: number;
  last_seen_at: number;
  expires_at: number;
}

export function createSessionRepo(db: Database.Database) {
  const insert = db.prepare(
    "INSERT INTO sessions (id_hash, password_tag, issued_at, last_seen_at, expires_at) VALUES (@id_hash, @password_tag, @issued_at, @last_seen_at, @expires_at)",
  );
  const byHash = db.prepare<[string], SessionRow>("SELECT * FROM sessions WHERE id_hash = ?");
  const touch = db.prepare("UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?");
  const remove = db.prepare("DELETE FROM sessions WHERE id_hash = ?");
  const removeAll = db.prepare("DELETE FROM sessions");
  const removeExpired = db.prepare("DELETE FROM sessions WHERE expires_at <= ? OR last_seen_at <= ?");
  const count = db.prepare("SELECT COUNT(*) FROM sessions").pluck();

  return {
    create: (row: SessionRow) => void insert.run(row),
    find: (idHash: string): SessionRow | undefined => byHash.get(idHash),
    touch: (idHash: string, at: number) => void touch.run(at, idHash),
    delete: (idHash: string) => void remove.run(idHash),
    /** Ends every session ("sign out everywhere"); returns how many there were. */
    deleteAll: (): number => removeAll.run().changes,
    /** Drops sessions past their expiry or idle since before `idleBefore`. */
    deleteExpired: (now: number, idleBefore: number): number => removeExpired.run(now, idleBefore).changes,
    count: (): number => count.get() as number,
  };
}
