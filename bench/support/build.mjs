import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

// Benchmarks run a production build of their own (.next-bench), so they never disturb the
// build that `npm start` or the e2e suite uses, and a fresh clone builds it once. NEXT_DIST_DIR
// names another build to measure (built there first if it is missing).

export const DIST_DIR = process.env.NEXT_DIST_DIR || ".next-bench";

export async function ensureBuild() {
  if (existsSync(path.join(DIST_DIR, "BUILD_ID"))) return { built: false };
  console.log(`No build in ${DIST_DIR}: running next build (a few minutes on 2 cores)...`);
  const started = performance.now();
  await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "build"], {
      env: { ...process.env, NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: "1" },
      stdio: "inherit",
    });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`next build exited with ${code}`)),
    );
  });
  return { built: true, seconds: Math.round((performance.now() - started) / 1000) };
}
