import { randomBytes } from "node:crypto";
import { chmodSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

// Secret material the server makes for itself on first start and keeps under DATA_DIR/secrets:
// the folder readable by the server's user only (0700), each file 0600. A file appears whole
// or not at all (written aside, then hard-linked into place), so two processes starting at
// once agree on one value.

export const SECRETS_FOLDER = "secrets";

export const randomSecret = (bytes = 32) => randomBytes(bytes).toString("base64url");

/** The secret stored as `name`, created with `create()` the first time. */
export function readOrCreateSecret(dataDir: string, name: string, create: () => string): string {
  const dir = path.resolve(dataDir, SECRETS_FOLDER);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  const file = path.join(dir, name);
  const existing = readSecret(file);
  if (existing) return existing;
  const temp = `${file}.${process.pid}.${randomSecret(6)}.tmp`;
  writeFileSync(temp, `${create()}\n`, { mode: 0o600 });
  try {
    linkSync(temp, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  } finally {
    rmSync(temp, { force: true });
  }
  return readSecret(file)!;
}

function readSecret(file: string): string | null {
  try {
    // Tightened on every read: a copied or restored data dir may have lost the mode.
    chmodSync(file, 0o600);
    return readFileSync(file, "utf8").trim() || null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}
