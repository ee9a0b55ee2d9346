import type { Statement } from "better-sqlite3";
import type { Db } from "./open-database";

/** Prepares each distinct SQL text once; list queries assemble their WHERE clause from filters. */
export function createStatementCache(db: Db) {
  const cache = new Map<string, Statement>();
  return (sql: string): Statement => {
    let statement = cache.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      cache.set(sql, statement);
    }
    return statement;
  };
}

/** Escapes a user keyword for `LIKE ... ESCAPE '\'`. */
export const likePattern = (keyword: string) => `%${keyword.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
