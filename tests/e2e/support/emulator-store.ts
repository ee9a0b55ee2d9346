import Database from "better-sqlite3";
import path from "node:path";

// The embedded emulator's own records, read from a server's data dir. The app's tenant is
// reachable in-process only (its key is refused over HTTP), so a spec that checks what arrived
// upstream reads the emulator's database and files directly.

function withDatabase<T>(dataDir: string, read: (db: Database.Database) => T): T {
  const db = new Database(path.resolve(dataDir, "emulator", "emulator.db"), {
    readonly: true,
    fileMustExist: true,
  });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

/** Where the emulator keeps the bytes of an uploaded asset. */
export function storedAssetFile(dataDir: string, assetId: string): string {
  const name = withDatabase(dataDir, (db) =>
    db.prepare("SELECT file_name FROM assets WHERE asset_id = ?").pluck().get(assetId),
  );
  if (typeof name !== "string") throw new Error(`the emulator has no asset ${assetId}`);
  return path.resolve(dataDir, "emulator", "files", "assets", name);
}

/** How many assets the emulator holds, for every tenant. */
export const storedAssetCount = (dataDir: string): number =>
  withDatabase(dataDir, (db) => db.prepare("SELECT COUNT(*) FROM assets").pluck().get() as number);
