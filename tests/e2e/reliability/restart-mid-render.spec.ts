import { expect, test } from "@playwright/test";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { probeVideo } from "./support/media";
import { startPrivateServer, type PrivateServer } from "./support/private-server";
import { StudioApi, TEXT_TO_VIDEO } from "./support/studio-api";

// The server dies while a video renders (a deploy, an OOM kill). Its work lives in SQLite and
// on disk, so the next start picks the render up again: the creator's task still completes
// and the MP4 plays.

// Long enough to kill the server reliably while the task is in progress.
const RENDER_ENV = {
  EMULATOR_RENDER_MIN_MS: "6000",
  EMULATOR_VIDEO_QUEUE_MS: "0",
  EMULATOR_RENDER_CONCURRENCY: "1",
};

const servers: PrivateServer[] = [];

test.afterAll(async () => {
  // Both runs share one data dir: stop them all before it goes.
  for (const server of servers) await server.stop();
  for (const server of servers) await server.dispose();
});

test("a render interrupted by a server crash completes after the restart and plays", async () => {
  test.setTimeout(150_000);
  const first = await startPrivateServer({ env: RENDER_ENV });
  servers.push(first);
  const created = await new StudioApi(first.url).createVideo(TEXT_TO_VIDEO);
  expect(created.status).toBe(201);
  const videoId = created.body.id;
  await expect
    .poll(async () => (await new StudioApi(first.url).getVideo(videoId)).status)
    .toBe("in_progress");

  await first.crash();
  const second = await startPrivateServer({ dataDir: first.dataDir, env: RENDER_ENV });
  servers.push(second);
  const api = new StudioApi(second.url);

  await expect.poll(async () => (await api.getVideo(videoId)).status, { timeout: 90_000 }).toBe("completed");
  const response = await fetch(`${second.url}/api/videos/${videoId}/content`);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("video/mp4");
  const file = path.join(second.dataDir, `downloaded-${videoId}.mp4`);
  await writeFile(file, Buffer.from(await response.arrayBuffer()));
  const video = await probeVideo(file);
  expect(video.codec).toBe("h264");
  expect(video.height).toBe(480);
  expect(video.durationSeconds).toBeCloseTo(TEXT_TO_VIDEO.duration, 0);
});
