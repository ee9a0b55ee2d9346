import { spawn, type ChildProcess } from "node:child_process";
import { mkdir } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";

// Extra `next start` servers of the same build with their own env, e.g. the canary server in
// real-API mode (TOKEN360_BASE_URL = the suite's emulator over HTTP, the canary as its key).
// Every byte such a server logs is kept.

/** Must look like a real key (lib/env-schema.ts); distinctive enough that a match is a leak. */
export const CANARY_KEY = "sk-canary-7f3e9c1a5b2d4e6f8a0b1c2d3e4f5a6b";

export interface ExtraServer {
  url: string;
  dataDir: string;
  log(): string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) =>
    child.exitCode !== null || child.signalCode !== null ? resolve() : child.once("exit", () => resolve()),
  );

export type CanaryServer = ExtraServer;

/** The canary server: real-API mode against `upstreamOrigin`'s emulator, with the canary key. */
export const startCanaryServer = (upstreamOrigin: string) =>
  startExtraServer("e2e-canary", {
    TOKEN360_API_KEY: CANARY_KEY,
    TOKEN360_BASE_URL: `${upstreamOrigin}/emulator/v1`,
    TOKEN360_TIMEOUT_MS: "20000",
  });

/** Another `next start` of the same build with extra env, on a free port and a fresh DATA_DIR. */
export async function startExtraServer(
  label: string,
  extraEnv: Record<string, string>,
): Promise<ExtraServer> {
  const port = await freePort();
  const dataDir = path.resolve(".data", label, `${Date.now()}-${port}`);
  await mkdir(dataDir, { recursive: true });
  const child = spawn(
    process.execPath,
    [path.resolve("node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"],
    {
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || ".next",
        TOKEN360_API_KEY: "",
        ...extraEnv,
        DATA_DIR: dataDir,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the ${label} server exited early:\n${output}`);
    const ok = await fetch(`${url}/api/health`)
      .then((response) => response.ok)
      .catch(() => false);
    if (ok) break;
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`the ${label} server did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    dataDir,
    log: () => output,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
      await exited(child);
      clearTimeout(timer);
    },
  };
}
