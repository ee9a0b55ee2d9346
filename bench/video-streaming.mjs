import { copyFile, rm, stat } from "node:fs/promises";
import path from "node:path";
import { lengthenInPlace } from "../tests/e2e/support/long-video.mjs";
import { studioClient } from "./support/clients.mjs";
import { collectionsBetween, gcObserved } from "./support/gc-log.mjs";
import { watchMemory } from "./support/memory.mjs";
import { cpuSeconds } from "./support/load.mjs";
import { EMULATOR_KEY, startServer } from "./support/server.mjs";
import { readFromDisk, readOverHttp, stallOverHttp, startBareFileServer } from "./support/streams.mjs";
import { figure, MB, median, round, times } from "./support/stats.mjs";

// Videos are streamed through the BFF, never buffered: a long 1080p MP4 through
// /api/videos/[id]/content, whole and by Range, against reading the same file from disk.
// The render is real (15 s at 1080p through POST /api/videos); it is then made 60 times longer
// with ffmpeg stream copy, in place (tests/e2e/support/long-video.mjs), so the stream lasts
// long enough to measure. The route has two sources, both measured: the app's kept copy on disk
// (DATA_DIR/archive, served by lib/api/serve-file.ts), and, without one, the upstream's body
// handed on as it is (here the embedded emulator reading its own file). Beside the disk read,
// a bare Node `http` server (bench/support/bare-file-server.mjs) serves the same file to the same
// client: the ceiling of loopback HTTP in Node here, so a shortfall splits into what any Node
// server loses against the disk and what the app (Next, our stream) loses against that server.

export const name = "video-streaming";

const ROUNDS = 5;
const LOOPS = 60;
const STALL_MS = 4000;
const KEPT_WAIT_MS = 60_000;
const GROWTH_TARGET_MB = 8;
/** The bare server's fs read size: the app's (FILE_CHUNK_BYTES in lib/net/file-range.ts). */
const BARE_CHUNK_BYTES = 1024 * 1024;

/** One read over HTTP with the serving process's RSS growth, CPU seconds and collections. */
async function streamed(pid, url, headers, gcLog) {
  const from = Date.now();
  const watch = watchMemory(pid);
  const cpuBefore = cpuSeconds(pid);
  const result = await readOverHttp(url, headers);
  const growth = watch.stop().growth;
  const serverCpu = cpuSeconds(pid) - cpuBefore;
  return { ...result, growth, serverCpu, gc: await collectionsBetween(gcLog, from, Date.now()) };
}

/** The kept copy of a task, once the archive has finished it; null if none comes. */
async function keptCopy(dataDir, taskId) {
  const file = path.join(dataDir, "archive", "emulator", `${taskId}.mp4`);
  const deadline = Date.now() + KEPT_WAIT_MS;
  while (Date.now() < deadline) {
    if (await stat(file).catch(() => null)) return file;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return null;
}

/**
 * Whole and second-half reads through the BFF and through the bare server, alternated with disk
 * reads, all by this process; sizes checked.
 */
async function measure(server, url, file, size) {
  const half = Math.floor(size / 2);
  const bare = await startBareFileServer(file, BARE_CHUNK_BYTES);
  const runs = { disk: [], whole: [], ranged: [], bareWhole: [], bareRanged: [] };
  try {
    // Warm the page cache and the route: every reader below then reads from memory alike.
    await readFromDisk(file);
    await readOverHttp(url, { range: "bytes=0-1048575" });
    await readOverHttp(bare.url, { range: `bytes=${size - 1048576}-` });
    for (let round = 0; round < ROUNDS; round += 1) {
      runs.disk.push(await readFromDisk(file));
      runs.bareWhole.push(await streamed(bare.pid, bare.url, {}));
      runs.whole.push(await streamed(server.pid, url, {}, server.gcLog));
      runs.bareRanged.push(await streamed(bare.pid, bare.url, { range: `bytes=${half}-` }));
      runs.ranged.push(await streamed(server.pid, url, { range: `bytes=${half}-` }, server.gcLog));
    }
  } finally {
    await bare.stop();
  }
  for (const key of ["whole", "bareWhole"])
    for (const entry of runs[key])
      if (entry.status !== 200 || entry.bytes !== size)
        throw new Error(`whole read: ${JSON.stringify(entry)}`);
  for (const key of ["ranged", "bareRanged"])
    for (const entry of runs[key])
      if (entry.status !== 206 || entry.bytes !== size - half)
        throw new Error(`ranged read: ${JSON.stringify(entry)}`);
  // A client that stops reading must not make the server buffer the rest of the file.
  const stallWatch = watchMemory(server.pid);
  await stallOverHttp(url, STALL_MS);
  const stalled = stallWatch.stop().growth / MB;
  const speed = (key) => median(runs[key].map((entry) => entry.bytes / entry.seconds / MB));
  const growth = (key) => median(runs[key].map((entry) => entry.growth)) / MB;
  const describe = ({ growth: grown, gc }) =>
    `${round(grown / MB)} MB (${gc.minor} minor/${gc.major} major GC, ArrayBuffers ≤ ${round(gc.arrayBuffers / MB)} MB)`;
  // CPU seconds per GB read: the server's (the app or the bare server) and this client's.
  const perGb = (key, field) => median(runs[key].map((entry) => (entry[field] / entry.bytes) * 1024 * MB));
  return {
    disk: speed("disk"),
    whole: speed("whole"),
    ranged: speed("ranged"),
    bareWhole: speed("bareWhole"),
    bareRanged: speed("bareRanged"),
    spread: (key) =>
      runs[key].map((entry) => Math.round(entry.bytes / entry.seconds / MB)).sort((a, b) => a - b),
    serverCpu: perGb("whole", "serverCpu"),
    bareCpu: perGb("bareWhole", "serverCpu"),
    clientDiskCpu: perGb("disk", "clientCpu"),
    clientHttpCpu: perGb("whole", "clientCpu"),
    memoryRuns: (key) => runs[key].map(describe).join(", "),
    growthWhole: growth("whole"),
    growthRanged: growth("ranged"),
    stalled,
  };
}

function rows(label, result, detail) {
  const { disk, whole, ranged, bareWhole, bareRanged, growthWhole, growthRanged, stalled } = result;
  const grown = Math.max(growthWhole, growthRanged);
  const runsOf = (key) => `${result.spread(key).join(", ")} MB/s`;
  return [
    figure({
      benchmark: name,
      name: `${label}: throughput, no Range (vs disk read)`,
      value: `${times(whole / disk)} (${round(whole)} vs ${round(disk)} MB/s)`,
      target: "≥ 0.8×",
      pass: whole >= 0.8 * disk,
      note: `${detail}; runs: disk ${runsOf("disk")}; route ${runsOf("whole")}`,
    }),
    figure({
      benchmark: name,
      name: `${label}: throughput, Range second half (vs disk read)`,
      value: `${times(ranged / disk)} (${round(ranged)} MB/s)`,
      target: "≥ 0.8×",
      pass: ranged >= 0.8 * disk,
    }),
    figure({
      benchmark: name,
      name: `${label}: throughput vs a bare Node http server (no Range | Range)`,
      value: `${times(whole / bareWhole)} | ${times(ranged / bareRanged)} (bare: ${round(bareWhole)} | ${round(bareRanged)} MB/s)`,
      target: "≥ 0.8×",
      pass: whole >= 0.8 * bareWhole && ranged >= 0.8 * bareRanged,
      note: `bare server runs: ${runsOf("bareWhole")}; fs.createReadStream, ${BARE_CHUNK_BYTES / MB} MB reads, piped`,
    }),
    figure({
      benchmark: name,
      name: `${label}: CPU-s per GB, server (app | bare) and client (disk | HTTP)`,
      value: `${round(result.serverCpu, 2)} | ${round(result.bareCpu, 2)}; ${round(result.clientDiskCpu, 2)} | ${round(result.clientHttpCpu, 2)}`,
      target: "",
      pass: null,
      note: "no Range; medians",
    }),
    figure({
      benchmark: name,
      name: `${label}: peak RSS growth while streaming (no Range | Range)`,
      value: `${round(growthWhole)} MB | ${round(growthRanged)} MB`,
      target: `≤ ${GROWTH_TARGET_MB} MB`,
      pass: grown <= GROWTH_TARGET_MB,
      note: `medians of ${ROUNDS}; no Range: ${result.memoryRuns("whole")}; Range: ${result.memoryRuns("ranged")}`,
    }),
    figure({
      benchmark: name,
      name: `${label}: peak RSS growth, client stalled ${STALL_MS / 1000} s after the first chunk`,
      value: `${round(stalled)} MB`,
      target: `≤ ${GROWTH_TARGET_MB} MB`,
      pass: stalled <= GROWTH_TARGET_MB,
      note: "backpressure: the server reads the file only as fast as the client takes it",
    }),
  ];
}

export async function run() {
  const { file: gcLog, env: gcEnv } = gcObserved("video-streaming");
  const started = await startServer({
    label: name,
    env: {
      EMULATOR_RENDER_MIN_MS: "0",
      EMULATOR_VIDEO_QUEUE_MS: "0",
      ...gcEnv,
    },
  });
  const server = { ...started, gcLog };
  try {
    const studio = studioClient(server.url);
    const task = await studio.createVideo({
      model: "seedance-2.0",
      prompt: "A long drone flight over a coastline at golden hour",
      duration: 15,
      resolution: "1080p",
      aspect_ratio: "16:9",
      generate_audio: true,
    });
    await studio.waitForVideo(task.id);
    const file = path.join(server.dataDir, "emulator", "files", "videos", `${task.id}.mp4`);
    // The archive copies the finished video as soon as the app sees it completed; the copy is
    // then replaced by the long file, byte for byte the one the emulator serves.
    const kept = await keptCopy(server.dataDir, task.id);
    await lengthenInPlace(file, LOOPS);
    if (kept) await copyFile(file, kept);
    const size = (await stat(file)).size;
    const bffUrl = `${server.url}/api/videos/${task.id}/content`;
    const directUrl = `${server.url}/emulator/v1/videos/${task.id}/content?format=binary`;
    const detail = `${round(size / MB)} MB, 15 min of 1080p H.264 + AAC; medians of ${ROUNDS} alternated runs`;

    const figures = [];
    if (kept) {
      figures.push(...rows("kept copy", await measure(server, bffUrl, kept, size), detail));
      // Without its kept copy the route asks the upstream, and hands its body on.
      await rm(kept);
    }
    const upstream = await measure(server, bffUrl, file, size);
    const direct = [];
    for (let round = 0; round < ROUNDS; round += 1)
      direct.push(await readOverHttp(directUrl, { authorization: `Bearer ${EMULATOR_KEY}` }));
    const directSpeed = median(direct.map((entry) => entry.bytes / entry.seconds / MB));
    figures.push(
      ...rows(
        "from the upstream",
        upstream,
        `${detail}; emulator over HTTP (no BFF): ${round(directSpeed)} MB/s`,
      ),
    );
    if (!kept)
      figures.push(
        figure({
          benchmark: name,
          name: "kept copy",
          value: "not measured",
          target: "",
          pass: null,
          note: `no kept copy appeared within ${KEPT_WAIT_MS / 1000} s (ARCHIVE off?)`,
        }),
      );
    return figures;
  } finally {
    await server.stop();
    await rm(gcLog, { force: true });
  }
}
