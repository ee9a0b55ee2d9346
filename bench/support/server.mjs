import { spawn } from "node:child_process";
import { mkdir, rm } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";
import { DIST_DIR } from "./build.mjs";

// One `next start` per benchmark, on a free port with its own DATA_DIR under .data/bench, on
// the embedded emulator. `next start` serves from the process it starts, so its pid is the
// server whose memory the benchmarks read.

export const BENCH_DATA = path.resolve(".data", "bench");
export const EMULATOR_KEY = "sk-portrait-studio-local-emulator";

export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url, child, output) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited early:\n${output()}`);
    const ok = await fetch(`${url}/api/health`)
      .then((response) => response.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`next start was not healthy within 60 s:\n${output()}`);
}

/**
 * Starts a server. `keepData: true` reuses an existing data dir (an expensive seed survives
 * between runs); otherwise the dir starts empty and is deleted when the server stops.
 */
export async function startServer({ label, env = {}, keepData = false }) {
  const dataDir = path.join(BENCH_DATA, label);
  if (!keepData) await rm(dataDir, { recursive: true, force: true });
  await mkdir(dataDir, { recursive: true });
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [path.resolve("node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"],
    {
      env: {
        ...process.env,
        TOKEN360_API_KEY: "",
        EMULATOR_ADMIN: "false",
        NEXT_TELEMETRY_DISABLED: "1",
        ...env,
        NODE_ENV: "production",
        NEXT_DIST_DIR: DIST_DIR,
        DATA_DIR: dataDir,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let log = "";
  const keep = (chunk) => (log = (log + chunk.toString()).slice(-20_000));
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  let stopping = false;
  child.once("exit", (code, signal) => {
    // A server dying under a benchmark explains the errors that follow: say so, with its output.
    if (!stopping)
      console.error(`server ${label} exited (code ${code}, signal ${signal}):\n${log.slice(-4000)}`);
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(url, child, () => log);
  } catch (error) {
    stopping = true;
    child.kill("SIGKILL");
    throw error;
  }
  return {
    url,
    port,
    pid: child.pid,
    dataDir,
    log: () => log,
    async stop() {
      stopping = true;
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
      // Uploads and long videos add up; only a seed worth keeping stays on disk.
      if (!keepData) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
