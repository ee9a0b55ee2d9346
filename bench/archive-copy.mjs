import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import { lengthenInPlace } from "../tests/e2e/support/long-video.mjs";
import { startNextServer } from "../tests/e2e/support/next-server.mjs";
import { DIST_DIR } from "./support/build.mjs";
import { watchMemory } from "./support/memory.mjs";
import { startServer } from "./support/server.mjs";
import { figure, MB, round } from "./support/stats.mjs";

// Keeping a finished video copies it to DATA_DIR/archive as a stream, never whole in memory: a
// server pointed over HTTP at a provider (another server's emulator, with a key of its own)
// copies a video of about 30 MB, then one of more than 300 MB, and its RSS is watched from the
// moment it first sees each task completed until the copy is recorded. The small copy comes
// first and warms the path (the fetcher's connections, the archiver), so the big one shows
// what the size costs: flat means it grows the server by a few MB whatever the size. The provider's renders are made longer with
// ffmpeg stream copy before the app has seen them finish (tests/e2e/support/long-video.mjs).

export const name = "archive-copy";

const KEY = "sk-bench-archive-copy-0123456789";
const SMALL_LOOPS = 6;
const LARGE_LOOPS = 60;
const UNKNOWN = "vid_000000000000000000000000";

async function sha256(file) {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk);
  return hash.digest("hex");
}

async function waitFor(check, what, timeoutMs = 600_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await check();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} did not happen in time`);
}

const RENDER = {
  model: "seedance-2.0",
  prompt: "A long drone flight over a coastline at golden hour",
  duration: 15,
  resolution: "1080p",
  aspect_ratio: "16:9",
  generate_audio: true,
};

/** Asks for the task (where the app sees it completed) and watches memory until it is kept. */
async function keep(app, id, source) {
  const watch = watchMemory(app.pid);
  const t0 = performance.now();
  await waitFor(async () => (await (await fetch(`${app.url}/api/videos/${id}`)).json()).kept, "the copy");
  const seconds = (performance.now() - t0) / 1000;
  const memory = watch.stop();
  const kept = path.join(app.dataDir, "archive", "token360", `${id}.mp4`);
  const size = (await stat(source)).size;
  if ((await stat(kept)).size !== size || (await sha256(kept)) !== (await sha256(source)))
    throw new Error("the kept copy differs from the provider's file");
  return { size, seconds, growth: memory.growth / MB, baseline: memory.baseline / MB };
}

export async function run() {
  const provider = await startServer({
    label: `${name}-provider`,
    env: { EMULATOR_VIDEO_QUEUE_MS: "0", EMULATOR_RENDER_MIN_MS: "0", EMULATOR_RENDER_CONCURRENCY: "2" },
  });
  const appEnv = {
    TOKEN360_API_KEY: KEY,
    TOKEN360_BASE_URL: `${provider.url}/emulator/v1`,
    TOKEN360_TIMEOUT_MS: "30000",
  };
  let app = await startNextServer({ label: name, env: appEnv, distDir: DIST_DIR });
  try {
    const ids = [];
    for (const _ of [SMALL_LOOPS, LARGE_LOOPS]) {
      const created = await fetch(`${app.url}/api/videos`, {
        method: "POST",
        headers: { origin: app.url, "content-type": "application/json" },
        body: JSON.stringify(RENDER),
      });
      if (created.status !== 201)
        throw new Error(`POST /api/videos: ${created.status} ${await created.text()}`);
      ids.push((await created.json()).id);
    }
    // The app stops before it sees the tasks finish, so no copy starts until it is asked.
    await app.stop();
    const sources = [];
    for (const [index, loops] of [SMALL_LOOPS, LARGE_LOOPS].entries()) {
      const upstream = `${provider.url}/emulator/v1/videos/${ids[index]}`;
      const headers = { authorization: `Bearer ${KEY}` };
      await waitFor(
        async () => (await (await fetch(upstream, { headers })).json()).status === "completed",
        "the render",
      );
      const source = path.join(provider.dataDir, "emulator", "files", "videos", `${ids[index]}.mp4`);
      await lengthenInPlace(source, loops);
      sources.push(source);
    }

    app = await startNextServer({ label: name, env: appEnv, distDir: DIST_DIR, dataDir: app.dataDir });
    // Warm up what a copy uses (the task routes, the task index, the archiver) on another id.
    for (let round = 0; round < 3; round += 1) {
      await fetch(`${app.url}/api/videos/${UNKNOWN}`);
      await fetch(`${app.url}/api/archive`);
    }
    const small = await keep(app, ids[0], sources[0]);
    const large = await keep(app, ids[1], sources[1]);
    if (large.size <= 300 * MB) throw new Error(`the large source is only ${round(large.size / MB)} MB`);
    return [
      figure({
        benchmark: name,
        name: "peak RSS growth while keeping a 300+ MB video over HTTP",
        value: `${round(large.growth)} MB`,
        target: "≤ 16 MB",
        pass: large.growth <= 16,
        note: `${round(large.size / MB)} MB MP4 (1080p) copied through the guarded fetcher in ${round(large.seconds)} s (${round(large.size / MB / large.seconds)} MB/s), baseline ${round(large.baseline)} MB; the first copy (${round(small.size / MB)} MB, ${round(small.seconds)} s) warms the copy path and grew it ${round(small.growth)} MB`,
      }),
    ];
  } finally {
    await app.dispose();
    await provider.stop();
  }
}
