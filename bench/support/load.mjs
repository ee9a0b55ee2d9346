import autocannon from "autocannon";
import { readFileSync } from "node:fs";

// Load and its cost: autocannon as a promise, and the CPU a server process has spent, read from
// /proc/<pid>/stat. On a busy machine rates follow the neighbours' load; the CPU a request costs
// much less so, which is why the benchmarks report both.

/** One autocannon run. */
export const cannon = (options) =>
  new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });

/**
 * CPU seconds (user + system) a process has used; with `children`, also those of its reaped
 * children (ffmpeg). Fields 14-17 of the line (utime, stime, cutime, cstime) are 12-15 after
 * "pid (comm) ", in clock ticks of 1/100 s.
 */
export function cpuSeconds(pid, { children = false } = {}) {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  return fields.slice(11, children ? 15 : 13).reduce((sum, ticks) => sum + Number(ticks), 0) / 100;
}
