import { rm } from "node:fs/promises";
import path from "node:path";
import { startNextServer } from "../../tests/e2e/support/next-server.mjs";
import { DIST_DIR } from "./build.mjs";

// One `next start` per benchmark (tests/e2e/support/next-server.mjs), on the embedded emulator,
// with its own DATA_DIR under .data/bench. The server's pid is the process whose memory the
// benchmarks read.

export const BENCH_DATA = path.resolve(".data", "bench");
export const EMULATOR_KEY = "sk-portrait-studio-local-emulator";

/**
 * Starts a server. `keepData: true` reuses an existing data dir (an expensive seed survives
 * between runs); otherwise the dir starts empty and is deleted when the server stops.
 */
export async function startServer({ label, env = {}, keepData = false }) {
  const dataDir = path.join(BENCH_DATA, label);
  if (!keepData) await rm(dataDir, { recursive: true, force: true });
  const server = await startNextServer({
    label,
    env: { EMULATOR_ADMIN: "false", ...env },
    dataDir,
    distDir: DIST_DIR,
  });
  // Uploads and long videos add up; only a seed worth keeping stays on disk.
  return { ...server, stop: keepData ? server.stop : server.dispose };
}
