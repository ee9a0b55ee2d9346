import { rm } from "node:fs/promises";
import path from "node:path";
import { startNextServer } from "../../tests/e2e/support/next-server.mjs";
import { DIST_DIR } from "./build.mjs";
import { addKeyToTenant, appTenantId, openStore } from "./emulator-store.mjs";

// One `next start` per benchmark (tests/e2e/support/next-server.mjs), on the embedded emulator,
// with its own DATA_DIR under .data/bench. The server's pid is the process whose memory the
// benchmarks read.

export const BENCH_DATA = path.resolve(".data", "bench");
/**
 * The benchmarks' key for the emulator over HTTP (/emulator/v1). The app's own key is refused
 * there, so startServer adds this one to the app's tenant: what a benchmark seeds or reads with
 * it is the library the app shows.
 */
export const EMULATOR_KEY = "sk-bench-reads-the-app-library";

/**
 * Starts a server. `keepData: true` reuses an existing data dir (an expensive seed survives
 * between runs); otherwise the dir starts empty and is deleted when the server stops.
 * `tenantId` is the app's tenant in the emulator's store (server.dataDir).
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
  let tenantId;
  try {
    // One read through the app opens its emulator and makes its tenant.
    const response = await fetch(`${server.url}/api/assets?page=1&pageSize=1`);
    if (!response.ok) throw new Error(`GET /api/assets: ${response.status} ${await response.text()}`);
    const db = openStore(dataDir);
    try {
      tenantId = appTenantId(db, dataDir);
      addKeyToTenant(db, tenantId, EMULATOR_KEY);
    } finally {
      db.close();
    }
  } catch (error) {
    await server.stop();
    throw error;
  }
  // Uploads and long videos add up; only a seed worth keeping stays on disk.
  return { ...server, tenantId, stop: keepData ? server.stop : server.dispose };
}
