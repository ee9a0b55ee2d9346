import { readdir } from "node:fs/promises";
import path from "node:path";

// What a server keeps on disk, to tell whether a failed request left anything behind.

/** Every file under a directory, as paths relative to it. */
export async function filesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** Files present now that were not there before, the database's own journal files aside. */
export async function newFilesSince(root: string, before: readonly string[]): Promise<string[]> {
  const known = new Set(before);
  return (await filesUnder(root)).filter(
    (file) => !known.has(file) && !/\.db(-wal|-shm|-journal)?$/.test(file),
  );
}
