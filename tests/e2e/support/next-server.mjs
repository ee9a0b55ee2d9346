// @ts-check
import { spawn } from "node:child_process";
import { mkdir, rm } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";

// A private `next start` of the current build on a free port with its own DATA_DIR, for the
// specs and benchmarks that must not share the suite's server: faults injected through the
// emulator's admin route are global to a server, load and restarts disturb everything on it,
// a benchmark reads the memory of one process. `next start` serves from the process it starts,
// so `pid` is the server itself. Plain ESM with JSDoc types: the benchmarks run it with Node as
// it is, the TypeScript specs import it, and tsc checks it.

/**
 * @typedef {object} NextServerOptions
 * @property {string} label names the server in messages and in its default data dir
 * @property {Record<string, string>} [env] on top of the defaults (no upstream key, no telemetry)
 * @property {string} [dataDir] an existing data dir to reuse (a restart); a fresh one otherwise
 * @property {number} [port] a free port by default
 * @property {string} [hostname] the interface to listen on (default 127.0.0.1; the URL stays on 127.0.0.1)
 * @property {string} [distDir] the build to serve: NEXT_DIST_DIR, or `.next`
 * @property {number} [keepLog] characters of output kept, the latest ones (default 20,000)
 */

/**
 * @typedef {object} NextServer
 * @property {string} url e.g. http://127.0.0.1:41234
 * @property {number} port
 * @property {number} pid the server process
 * @property {string} dataDir
 * @property {() => string} log output so far, for failure messages
 * @property {() => Promise<void>} stop orderly stop (SIGTERM, then SIGKILL after 5 s); the data stays
 * @property {() => Promise<void>} crash SIGKILL at once, as an OOM kill or a power loss would
 * @property {() => Promise<void>} dispose stop, then delete the data dir (uploads and videos add up)
 */

const HEALTH_TIMEOUT_MS = 60_000;

/** @returns {Promise<number>} */
export function freePort() {
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

/**
 * A data dir no other server uses: .data/servers/<label>-<time>-<pid>-<random>.
 * @param {string} label
 */
export function freshDataDir(label) {
  const stamp = `${Date.now()}-${process.pid}-${Math.random().toString(16).slice(2, 8)}`;
  return path.resolve(".data", "servers", `${label}-${stamp}`);
}

/** @param {import("node:child_process").ChildProcess} child */
const hasExited = (child) => child.exitCode !== null || child.signalCode !== null;

/** @param {import("node:child_process").ChildProcess} child */
const exited = (child) =>
  new Promise((resolve) => (hasExited(child) ? resolve(undefined) : child.once("exit", resolve)));

/**
 * @param {string} url
 * @param {import("node:child_process").ChildProcess} child
 * @param {() => string} log
 */
async function waitForHealth(url, child, log) {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (hasExited(child)) throw new Error(`next start exited early:\n${log()}`);
    const healthy = await fetch(`${url}/api/health`)
      .then((response) => response.ok)
      .catch(() => false);
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`next start was not healthy within ${HEALTH_TIMEOUT_MS / 1000} s:\n${log()}`);
}

/**
 * Starts the server and resolves once /api/health answers.
 * @param {NextServerOptions} options
 * @returns {Promise<NextServer>}
 */
export async function startNextServer(options) {
  const { label, keepLog = 20_000 } = options;
  const port = options.port ?? (await freePort());
  const dataDir = options.dataDir ?? freshDataDir(label);
  await mkdir(dataDir, { recursive: true });
  const child = spawn(
    process.execPath,
    [
      // The standalone server, as `npm start` and the Docker image run it.
      path.resolve("scripts/start.mjs"),
      ...["-p", String(port), "-H", options.hostname ?? "127.0.0.1"],
    ],
    {
      env: {
        ...process.env,
        TOKEN360_API_KEY: "",
        NEXT_TELEMETRY_DISABLED: "1",
        ...options.env,
        NODE_ENV: "production",
        NEXT_DIST_DIR: options.distDir ?? (process.env.NEXT_DIST_DIR || ".next"),
        DATA_DIR: dataDir,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  /** @param {Buffer} chunk */
  const keep = (chunk) => (output = (output + chunk.toString()).slice(-keepLog));
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const log = () => output;
  let stopping = false;
  child.once("exit", (code, signal) => {
    // A server dying under a test explains the errors that follow: say so, with its output.
    if (!stopping)
      console.error(`server ${label} exited (code ${code}, signal ${signal}):\n${log().slice(-4000)}`);
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(url, child, log);
  } catch (error) {
    stopping = true;
    child.kill("SIGKILL");
    throw error;
  }

  const stop = async () => {
    stopping = true;
    if (hasExited(child)) return;
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
    await exited(child);
    clearTimeout(timer);
  };
  return {
    url,
    port,
    pid: /** @type {number} */ (child.pid),
    dataDir,
    log,
    stop,
    async crash() {
      stopping = true;
      child.kill("SIGKILL");
      await exited(child);
    },
    async dispose() {
      await stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
