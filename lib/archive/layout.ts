import path from "node:path";

// Where kept copies live: DATA_DIR/archive/<provider>/<task id>.mp4 and .png, a copy in
// progress beside its final name as .part (a restart resumes from its size). Names are made
// here from checked characters only, so no task id can point outside the folder.

export type KeptFile = "video" | "frame";

export const ARCHIVE_FOLDER = "archive";
export const PART_SUFFIX = ".part";

const EXTENSIONS: Record<KeptFile, string> = { video: "mp4", frame: "png" };

/** A name safe on every file system: letters, digits, dash, underscore and dot, nothing leading with a dot. */
const safe = (value: string) => value.replace(/[^A-Za-z0-9_.-]/g, "_").replace(/^\.+/, "_");

/** The kept file's path relative to the archive folder (stored in the task index). */
export const keptPathOf = (provider: string, taskId: string, file: KeptFile) =>
  // A runtime path under DATA_DIR: without the ignore comment the build's file tracer would copy
  // the whole checkout into the standalone server.
  path.join(/* turbopackIgnore: true */ safe(provider), `${safe(taskId)}.${EXTENSIONS[file]}`);

/** An absolute path under `root` for a stored relative path; refuses anything that leaves it. */
export function resolveKept(root: string, relative: string): string {
  const full = path.resolve(root, relative);
  if (!full.startsWith(`${path.resolve(root)}${path.sep}`)) throw new Error("A kept path left the archive");
  return full;
}
