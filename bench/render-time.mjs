import { emulatorClient, studioClient } from "./support/clients.mjs";
import { frameJpeg } from "./support/images.mjs";
import { startServer } from "./support/server.mjs";
import { figure, median, round } from "./support/stats.mjs";

// How long the emulator takes to render a 5 s video, per resolution, for text-to-video and for
// an image first frame: from the moment the task is in_progress until it is completed, with
// every simulated delay at 0 so only the real work (stills, ffmpeg encode) is timed.

export const name = "render-time";

const RESOLUTIONS = ["480p", "720p", "1080p"];
const RUNS = 2;
const POLL_MS = 25;

/** Seconds from first seen in_progress to first seen completed, polling the emulator directly. */
async function timeRender(server, request) {
  const task = await studioClient(server.url).createVideo(request);
  const emulator = emulatorClient(server.url);
  let startedAt = null;
  for (;;) {
    const { status } = await emulator.video(task.id);
    const now = performance.now();
    if (status === "in_progress" && startedAt === null) startedAt = now;
    if (status === "completed") return (now - (startedAt ?? now)) / 1000;
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
        const times = [];
        for (let run = 0; run < RUNS; run += 1) {
          times.push(
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
        figures.push(
          figure({
            benchmark: name,
            name: `5 s ${mode} at ${resolution}`,
            value: `${round(median(times))} s`,
            target: "–",
            note: `median of ${RUNS}: ${times.map((seconds) => round(seconds)).join(", ")} s`,
          }),
        );
      }
    }
    return figures;
  } finally {
    await server.stop();
  }
}
