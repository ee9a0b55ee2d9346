import { stat } from "node:fs/promises";
import path from "node:path";
import { lengthenInPlace } from "../tests/e2e/support/long-video.mjs";
import { studioClient } from "./support/clients.mjs";
import { watchMemory } from "./support/memory.mjs";
import { EMULATOR_KEY, startServer } from "./support/server.mjs";
import { readFromDisk, readOverHttp, stallOverHttp } from "./support/streams.mjs";
import { figure, MB, median, round, times } from "./support/stats.mjs";

// Videos are streamed through the BFF, never buffered: a long 1080p MP4 through
// /api/videos/[id]/content, whole and by Range, against reading the same file from disk.
// The render is real (15 s at 1080p through POST /api/videos); it is then made 60 times longer
// with ffmpeg stream copy, in place (tests/e2e/support/long-video.mjs), so the stream lasts
// long enough to measure.

export const name = "video-streaming";

const ROUNDS = 3;
const LOOPS = 60;
const STALL_MS = 4000;

async function streamed(server, url, headers) {
  const watch = watchMemory(server.pid);
  const result = await readOverHttp(url, headers);
  return { ...result, growth: watch.stop().growth };
}

export async function run() {
  const server = await startServer({
    label: name,
    env: { EMULATOR_RENDER_MIN_MS: "0", EMULATOR_VIDEO_QUEUE_MS: "0" },
  });
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
    await lengthenInPlace(file, LOOPS);
    const size = (await stat(file)).size;
    const half = Math.floor(size / 2);
    const bffUrl = `${server.url}/api/videos/${task.id}/content`;
    const directUrl = `${server.url}/emulator/v1/videos/${task.id}/content?format=binary`;

    // Warm the page cache and both routes: every reader below then reads from memory alike.
    await readFromDisk(file);
    await readOverHttp(bffUrl, { range: "bytes=0-1048575" });
    const runs = { disk: [], whole: [], ranged: [], direct: [] };
    for (let round = 0; round < ROUNDS; round += 1) {
      runs.disk.push(await readFromDisk(file));
      runs.whole.push(await streamed(server, bffUrl, {}));
      runs.ranged.push(await streamed(server, bffUrl, { range: `bytes=${half}-` }));
      runs.direct.push(await readOverHttp(directUrl, { authorization: `Bearer ${EMULATOR_KEY}` }));
    }
    for (const entry of runs.whole)
      if (entry.status !== 200 || entry.bytes !== size)
        throw new Error(`whole read: ${JSON.stringify(entry)}`);
    for (const entry of runs.ranged)
      if (entry.status !== 206 || entry.bytes !== size - half)
        throw new Error(`ranged read: ${JSON.stringify(entry)}`);

    // A client that stops reading must not make the server buffer the rest of the file.
    const stallWatch = watchMemory(server.pid);
    await stallOverHttp(bffUrl, STALL_MS);
    const stalled = stallWatch.stop().growth / MB;

    const speed = (key) => median(runs[key].map((entry) => entry.bytes / entry.seconds / MB));
    const growth = (key) => median(runs[key].map((entry) => entry.growth)) / MB;
    const disk = speed("disk");
    const detail = `${round(size / MB)} MB, 15 min of 1080p H.264 + AAC; medians of ${ROUNDS} alternated runs`;
    return [
      figure({
        benchmark: name,
        name: "throughput, no Range (vs disk read)",
        value: `${times(speed("whole") / disk)} (${round(speed("whole"))} vs ${round(disk)} MB/s)`,
        target: "≥ 0.8×",
        pass: speed("whole") >= 0.8 * disk,
        note: `${detail}; emulator over HTTP (no BFF): ${round(speed("direct"))} MB/s`,
      }),
      figure({
        benchmark: name,
        name: "throughput, Range second half (vs disk read)",
        value: `${times(speed("ranged") / disk)} (${round(speed("ranged"))} MB/s)`,
        target: "≥ 0.8×",
        pass: speed("ranged") >= 0.8 * disk,
      }),
      figure({
        benchmark: name,
        name: "peak RSS growth while streaming (no Range | Range)",
        value: `${round(growth("whole"))} MB | ${round(growth("ranged"))} MB`,
        target: "≤ 16 MB",
        pass: growth("whole") <= 16 && growth("ranged") <= 16,
      }),
      figure({
        benchmark: name,
        name: `peak RSS growth, client stalled ${STALL_MS / 1000} s after the first chunk`,
        value: `${round(stalled)} MB`,
        target: "≤ 16 MB",
        pass: stalled <= 16,
        note: "backpressure: the server reads the file only as fast as the client takes it",
      }),
    ];
  } finally {
    await server.stop();
  }
}
