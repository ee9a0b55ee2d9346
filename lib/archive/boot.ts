import "server-only";
import { logError } from "@/lib/api/log";
import { getArchiver } from "./server";

// At start-up: the copies a restart interrupted continue from their .part files, and completed
// tasks never kept are asked for. A moment after the start, so the first requests come first.
const SWEEP_DELAY_MS = 500;

export function startArchiveSweep(): void {
  const timer = setTimeout(() => {
    try {
      getArchiver()
        .sweep()
        .catch((error: unknown) => logError("the archive's start-up sweep failed", error));
    } catch (error) {
      logError("the archive's start-up sweep could not start", error);
    }
  }, SWEEP_DELAY_MS);
  timer.unref();
}
