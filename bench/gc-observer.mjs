// Preloaded into the upload-memory benchmark's server (NODE_OPTIONS=--import): appends one line
// per garbage collection to GC_LOG_FILE (time, kind, and the bytes held by ArrayBuffers, where
// the upload's chunks live), so each run's peak can be read beside the collections around it.
import { appendFileSync } from "node:fs";
import { constants, PerformanceObserver } from "node:perf_hooks";

const file = process.env.GC_LOG_FILE;
const KINDS = {
  [constants.NODE_PERFORMANCE_GC_MINOR]: "minor",
  [constants.NODE_PERFORMANCE_GC_MAJOR]: "major",
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: "incremental",
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: "weak",
};
if (file) {
  new PerformanceObserver((list) => {
    const { arrayBuffers } = process.memoryUsage();
    const lines = list
      .getEntries()
      .map((entry) => `${Date.now()} ${KINDS[entry.detail?.kind] ?? "other"} ${arrayBuffers}\n`);
    appendFileSync(file, lines.join(""));
  }).observe({ entryTypes: ["gc"] });
}
