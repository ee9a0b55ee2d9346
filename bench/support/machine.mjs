import { execFile } from "node:child_process";
import os from "node:os";
import { promisify } from "node:util";

// The machine the figures were measured on, recorded with them.

const run = promisify(execFile);

export async function machine() {
  const chromium = await run(process.env.CHROMIUM_PATH || "/usr/bin/chromium", ["--version"])
    .then(({ stdout }) => stdout.trim())
    .catch(() => "unknown");
  return {
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
    chromium,
    loadAverage: os.loadavg().map((value) => Math.round(value * 100) / 100),
  };
}
