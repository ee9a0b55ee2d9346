import { readFileSync, writeFileSync } from "node:fs";

// Server memory from /proc/<pid>/status: VmRSS sampled every ~20 ms, plus VmHWM (the kernel's
// own peak, reset through clear_refs when allowed) so a spike between two samples still counts.

function readKb(pid, field) {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB$`, "m").exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return match ? Number(match[1]) * 1024 : null;
}

export const residentBytes = (pid) => readKb(pid, "VmRSS");

function resetPeak(pid) {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, "5");
    return true;
  } catch {
    return false;
  }
}

/** Starts watching; `stop()` returns the baseline, the peak and the growth in bytes. */
export function watchMemory(pid, intervalMs = 20) {
  const peakReset = resetPeak(pid);
  const baseline = residentBytes(pid);
  let peak = baseline;
  let samples = 0;
  const timer = setInterval(() => {
    samples += 1;
    peak = Math.max(peak, residentBytes(pid) ?? 0);
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      // VmHWM is only meaningful when it was reset at the start; otherwise it is the lifetime peak.
      if (peakReset) peak = Math.max(peak, readKb(pid, "VmHWM") ?? 0);
      return { baseline, peak, growth: peak - baseline, samples, peakReset };
    },
  };
}
