import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

// Looks for a secret in files and captured text, as raw bytes (so binary files count too).

export async function filesContaining(root: string, needle: string): Promise<string[]> {
  const hits: string[] = [];
  const bytes = Buffer.from(needle);
  async function walk(dir: string) {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && (await readFile(full)).includes(bytes)) hits.push(full);
    }
  }
  await walk(root);
  return hits;
}

export async function countFiles(root: string): Promise<number> {
  let count = 0;
  async function walk(dir: string) {
    for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
      if (entry.isDirectory()) await walk(path.join(dir, entry.name));
      else count += 1;
    }
  }
  await walk(root);
  return count;
}
