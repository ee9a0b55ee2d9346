import { execFileSync } from "node:child_process";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

// One production server (next start) on a free port, on the embedded emulator with fast timings.
// The config is evaluated again in every worker: the port and data dir chosen by the main process
// travel to the workers through the environment.
if (!process.env.E2E_PORT) {
  process.env.E2E_PORT = execFileSync(process.execPath, [
    "-e",
    "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})",
  ])
    .toString()
    .trim();
}
process.env.E2E_DATA_DIR ??= path.join(".data", "e2e", `${Date.now()}-${process.env.E2E_PORT}`);

const port = Number(process.env.E2E_PORT);
const baseURL = `http://127.0.0.1:${port}`;

/** The system Chromium (Debian's package); Playwright never downloads a browser of its own. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

export const E2E_SERVER_ENV = {
  DATA_DIR: process.env.E2E_DATA_DIR,
  TOKEN360_API_KEY: "",
  EMULATOR_ADMIN: "true",
  // Long enough that "Processing" is reliably seen before "Active" on a busy machine.
  EMULATOR_ASSET_PROCESSING_MS: "4000",
  EMULATOR_VIDEO_QUEUE_MS: "300",
  EMULATOR_RENDER_MIN_MS: "1500",
  EMULATOR_RENDER_CONCURRENCY: "2",
};

export default defineConfig({
  testDir: "tests/e2e",
  // The screenshot tour is for visual review, not an assertion suite: only with PLAYGROUND_SHOTS=1.
  testIgnore: process.env.PLAYGROUND_SHOTS ? [] : ["**/screenshots.spec.ts"],
  outputDir: "test-results",
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    // The standalone server, as `npm start` and the Docker image run it.
    command: `node scripts/start.mjs -p ${port} -H 127.0.0.1`,
    url: `${baseURL}/api/health`,
    timeout: 60_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: E2E_SERVER_ENV,
  },
});
