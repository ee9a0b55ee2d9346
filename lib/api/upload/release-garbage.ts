import "server-only";
import v8 from "node:v8";
import vm from "node:vm";
import { env } from "@/lib/env";

// UPLOAD_FORCE_GC: a forced major GC every few MB of upload body, for servers short of memory.
// Streaming a big upload allocates a fresh Buffer per network chunk in several layers (socket,
// request stream, parser). A Buffer's memory is freed only when its small JS wrapper is garbage
// collected, and V8 waits until ~30 MB of such dead chunks have piled up before it collects
// them. Collecting every 2 MB keeps the peak close to flat, at the price of a pause of a few ms
// for the whole process each time. docs/BENCHMARKS.md has the figures with and without it.

type GcFunction = (options?: { type?: "minor" | "major"; execution?: "sync" | "async" }) => void;

function resolveGc(): GcFunction | null {
  try {
    const exposed = (globalThis as { gc?: GcFunction }).gc;
    if (exposed) return exposed;
    v8.setFlagsFromString("--expose-gc");
    return vm.runInNewContext("gc") as GcFunction;
  } catch {
    return null;
  }
}

export const RELEASE_EVERY_BYTES = 2 * 1024 * 1024;

const gc = env.UPLOAD_FORCE_GC ? resolveGc() : null;

/** Frees the buffers of chunks already passed on; null when UPLOAD_FORCE_GC is off. */
export const releaseSpentChunks: (() => void) | null = gc && (() => gc({ type: "major" }));
