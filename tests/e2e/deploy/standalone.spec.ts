import { spawn } from "node:child_process";
import { cp, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { freePort } from "../support/next-server.mjs";
import { runWalkthrough } from "../support/walkthrough";

// The deployment artefact on its own: <distDir>/standalone copied away from the project (so no
// module can be found in the project's node_modules), started as the Dockerfile starts it, and
// the seed's API flow walked against it on the embedded emulator.

const distDir = process.env.NEXT_DIST_DIR || ".next";

test("the standalone server, copied out of the project, serves the seed's walk-through on the emulator", async () => {
  test.setTimeout(180_000);
  const root = await mkdtemp(path.join(os.tmpdir(), "standalone-"));
  const app = path.join(root, "app");
  await cp(path.join(distDir, "standalone"), app, { recursive: true });
  await cp(path.join(distDir, "static"), path.join(app, distDir, "static"), { recursive: true });

  const port = await freePort();
  const child = spawn(process.execPath, ["server.js"], {
    cwd: app,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      DATA_DIR: path.join(root, "data"),
      EMULATOR_ASSET_PROCESSING_MS: "500",
      EMULATOR_VIDEO_QUEUE_MS: "200",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout.on("data", (chunk: Buffer) => (log += chunk));
  child.stderr.on("data", (chunk: Buffer) => (log += chunk));
  const url = `http://127.0.0.1:${port}`;
  try {
    await expect
      .poll(
        () =>
          fetch(`${url}/api/health`).then(
            (r) => r.status,
            () => 0,
          ),
        { timeout: 60_000 },
      )
      .toBe(200);

    const result = await runWalkthrough(url);
    expect(result.stdout).toMatch(/asset ta_[0-9a-f]{32}/);
    expect(result.boxType).toBe("ftyp");
    expect(result.video).toMatchObject({ codec_name: "h264", width: 720, height: 960 });
    expect(result.durationSeconds).toBeCloseTo(5, 0);

    // The pages work too: the HTML references static assets the server can serve.
    const html = await (await fetch(`${url}/assets`)).text();
    const script = html.match(/\/_next\/static\/[^"]+\.js/)?.[0];
    expect(script, "a script tag in /assets").toBeTruthy();
    expect((await fetch(`${url}${script}`)).status).toBe(200);
  } catch (error) {
    console.log(log);
    throw error;
  } finally {
    child.kill("SIGTERM");
    await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once("exit", resolve)));
    await rm(root, { recursive: true, force: true });
  }
});
