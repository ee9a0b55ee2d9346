import { emulatorClient, studioClient } from "./support/clients.mjs";
import { frameJpeg } from "./support/images.mjs";
import { cpuSeconds as processCpu } from "./support/load.mjs";
import { startServer } from "./support/server.mjs";
import { figure, median, round } from "./support/stats.mjs";

// How long the emulator takes to render a 5 s video, per resolution, for text-to-video and for
// an image first frame: from the moment the task is in_progress until it is completed, with
// every simulated delay at 0 so only the real work (stills, ffmpeg encode) is timed.
// Beside the wall time, the CPU seconds the server and its finished children (ffmpeg) spent in
// the same interval: on a shared machine the wall time follows the load, the CPU time much less.

export const name = "render-time";

const RESOLUTIONS = ["480p", "720p", "1080p"];
/** Seconds a 5 s render may take, per resolution (issue 14); 480p has none. */
const TARGETS = { "720p": 1.2, "1080p": 2.5 };
const RUNS = 2;
const POLL_MS = 25;

/** CPU seconds of the server and its reaped children (ffmpeg). */
const cpuSeconds = (pid) => processCpu(pid, { children: true });

/** Seconds (wall and CPU) from first seen in_progress to first seen completed, polling the emulator. */
async function timeRender(server, request) {
  const task = await studioClient(server.url).createVideo(request);
  const emulator = emulatorClient(server.url);
  let startedAt = null;
  let cpuAtStart = cpuSeconds(server.pid);
  for (;;) {
    const { status } = await emulator.video(task.id);
    const now = performance.now();
    if (status === "in_progress" && startedAt === null) {
      startedAt = now;
      cpuAtStart = cpuSeconds(server.pid);
    }
    if (status === "completed")
      return { wall: (now - (startedAt ?? now)) / 1000, cpu: cpuSeconds(server.pid) - cpuAtStart };
    if (status === "failed") throw new Error(`render of ${task.id} failed`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

export async function run() {
  const server = await startServer({
    label: name,
    env: {
      EMULATOR_RENDER_MIN_MS: "0",
      EMULATOR_VIDEO_QUEUE_MS: "0",
      EMULATOR_ASSET_PROCESSING_MS: "0",
      EMULATOR_RENDER_CONCURRENCY: "1",
    },
  });
  try {
    const emulator = emulatorClient(server.url);
    const groupId = await emulator.createGroup("Render frames");
    const assetId = await emulator.upload(groupId, "first-frame", await frameJpeg());
    const modes = {
      "text-to-video": {},
      "first frame": {
        frame_images: [
          { type: "image_url", frame_type: "first_frame", image_url: { url: `asset://${assetId}` } },
        ],
      },
    };
    const figures = [];
    for (const [mode, inputs] of Object.entries(modes)) {
      for (const resolution of RESOLUTIONS) {
        const runs = [];
        for (let run = 0; run < RUNS; run += 1) {
          runs.push(
            await timeRender(server, {
              model: "seedance-2.0",
              prompt: `Benchmark ${mode} at ${resolution}`,
              duration: 5,
              resolution,
              aspect_ratio: "16:9",
              generate_audio: false,
              ...inputs,
            }),
          );
        }
        const target = TARGETS[resolution];
        const times = runs.map((entry) => entry.wall);
        const cpu = runs.map((entry) => entry.cpu);
        figures.push(
          figure({
            benchmark: name,
            name: `5 s ${mode} at ${resolution}`,
            value: `${round(median(times))} s`,
            target: target ? `≤ ${target} s` : "–",
            pass: target ? median(times) <= target : undefined,
            note: `median of ${RUNS}: ${times.map((seconds) => round(seconds)).join(", ")} s; CPU ${cpu.map((seconds) => round(seconds, 2)).join(", ")} s`,
          }),
        );
      }
    }
    return figures;
  } finally {
    await server.stop();
  }
}
