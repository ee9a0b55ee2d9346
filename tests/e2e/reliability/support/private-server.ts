import { spawn, type ChildProcess } from "node:child_process";
import { mkdir, rm } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";

// A `next start` of its own for the reliability specs. Faults injected through the emulator's
// admin route are global to a server, load and restarts disturb everything on it, so these specs
// never touch the suite's shared server. It runs the same build (NEXT_DIST_DIR) on its own port
// and its own DATA_DIR.

export interface PrivateServer {
  url: string;
  port: number;
  dataDir: string;
  /** The server process (next start serves from this very process). */
  pid: number;
  /** Output so far, for failure messages. */
  log(): string;
  /** Crash-like stop: SIGKILL to the server process only, as an OOM kill or power loss would. */
  crash(): Promise<void>;
  /** Orderly stop (SIGTERM), then SIGKILL if it lingers. */
  stop(): Promise<void>;
  /** Stops the server and deletes its data dir (uploads and videos add up over many runs). */
  dispose(): Promise<void>;
}

export interface PrivateServerOptions {
  /** Reuse a data dir (a restart); a fresh one under .data/reliability otherwise. */
  dataDir?: string;
  port?: number;
  env?: Record<string, string>;
}

/** Fast emulator timings, like the suite's shared server, plus the admin route for faults. */
const BASE_ENV = {
  TOKEN360_API_KEY: "",
  EMULATOR_ADMIN: "true",
  EMULATOR_ASSET_PROCESSING_MS: "500",
  EMULATOR_VIDEO_QUEUE_MS: "200",
  EMULATOR_RENDER_MIN_MS: "1000",
  EMULATOR_RENDER_CONCURRENCY: "2",
  NEXT_TELEMETRY_DISABLED: "1",
};

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject()));
    });
  });
}

export function freshDataDir(label: string): string {
  const stamp = `${Date.now()}-${process.pid}-${Math.random().toString(16).slice(2, 8)}`;
  return path.resolve(".data", "reliability", `${label}-${stamp}`);
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once("exit", () => resolve());
  });

async function waitForHealth(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited early:\n${log()}`);
    const healthy = await fetch(`${url}/api/health`)
      .then((response) => response.ok)
      .catch(() => false);
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`next start did not become healthy within 60 s:\n${log()}`);
}

export async function startPrivateServer(options: PrivateServerOptions = {}): Promise<PrivateServer> {
  const port = options.port ?? (await freePort());
  const dataDir = options.dataDir ?? freshDataDir("server");
  await mkdir(dataDir, { recursive: true });
  const child = spawn(
    process.execPath,
    [path.resolve("node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"],
    {
      env: {
        ...process.env,
        ...BASE_ENV,
        ...options.env,
        NODE_ENV: "production",
        NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || ".next",
        DATA_DIR: dataDir,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  const keep = (chunk: Buffer) => {
    // Only the tail matters for a failure message; a long run must not grow this forever.
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const log = () => output;
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(url, child, log);
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  }

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
    await exited(child);
    clearTimeout(timer);
  };

  return {
    url,
    port,
    dataDir,
    pid: child.pid!,
    log,
    async crash() {
      child.kill("SIGKILL");
      await exited(child);
    },
    stop,
    async dispose() {
      await stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
