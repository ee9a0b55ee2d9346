import "server-only";
import v8 from "node:v8";
import vm from "node:vm";

// Streaming a big upload allocates a fresh Buffer per network chunk in several layers
// (socket, request stream, parser). A Buffer's memory is freed only when its small JS wrapper
// is garbage collected, and V8 waits until ~30 MB of such dead chunks have piled up before it
// collects them: for a 29 MB upload that would double the process's RSS for nothing. A GC
// every few MB (a few ms each, only during uploads) keeps the peak close to flat.

type GcFunction = (options?: { type?: "minor" | "major"; execution?: "sync" | "async" }) => void;

let gc: GcFunction | null | undefined;

function resolveGc(): GcFunction | null {
  if (gc !== undefined) return gc;
  try {
    const exposed = (globalThis as { gc?: GcFunction }).gc;
    if (exposed) return (gc = exposed);
    v8.setFlagsFromString("--expose-gc");
    gc = vm.runInNewContext("gc") as GcFunction;
  } catch {
    gc = null;
  }
  return gc;
}

export const RELEASE_EVERY_BYTES = 2 * 1024 * 1024;

/** Frees the buffers of chunks that have already been passed on. */
export function releaseSpentChunks(): void {
  resolveGc()?.({ type: "major" });
}
