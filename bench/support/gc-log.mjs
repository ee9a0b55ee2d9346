import { readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

// A server started with bench/gc-observer.mjs preloaded writes one line per garbage collection
// ("<ms since epoch> minor|major <bytes held by ArrayBuffers>") to its log file.

/** The environment that makes a benchmark's server log its collections, and where to. */
export function gcObserved(label) {
  const file = path.join(os.tmpdir(), `${label}-gc-${process.pid}.log`);
  return {
    file,
    env: {
      NODE_OPTIONS: `--import ${pathToFileURL(path.resolve("bench/gc-observer.mjs")).href}`,
      GC_LOG_FILE: file,
    },
  };
}

/**
 * The collections between two instants: how many of each kind, and the most bytes ArrayBuffers
 * held at one (read or received chunks already passed on and waiting to be freed).
 */
export async function collectionsBetween(gcLog, from, to) {
  if (!gcLog) return null;
  const inside = (await readFile(gcLog, "utf8").catch(() => ""))
    .split("\n")
    .map((line) => line.split(" "))
    .filter(([at]) => Number(at) >= from && Number(at) <= to);
  return {
    minor: inside.filter(([, kind]) => kind === "minor").length,
    major: inside.filter(([, kind]) => kind === "major").length,
    arrayBuffers: Math.max(0, ...inside.map(([, , bytes]) => Number(bytes))),
  };
}
