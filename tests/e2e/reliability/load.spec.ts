import { expect, test } from "@playwright/test";
import { noisyJpeg } from "./support/images";
import { startPrivateServer, type PrivateServer } from "./support/private-server";
import { pidListeningOn, residentBytes } from "./support/proc";
import { StudioApi, TEXT_TO_VIDEO } from "./support/studio-api";

// A busy team: fifty open tabs polling their assets and videos while ten uploads arrive at
// once. Nothing may fail, every upload must land and become Active, and the server's memory
// must come back to where it was rather than keep what the burst needed.

const POLLERS = 50;
const UPLOADS = 10;
const LOAD_MS = 15_000;
/** Room for what a Node server legitimately keeps after a burst (JIT code, grown heap, caches). */
const RSS_SLACK_BYTES = 150 * 1024 * 1024;

let server: PrivateServer;
let api: StudioApi;

test.beforeAll(async () => {
  server = await startPrivateServer();
  api = new StudioApi(server.url);
});

test.afterAll(async () => {
  await server?.dispose();
});

interface Outcome {
  requests: number;
  failures: string[];
}

/** One tab polling one URL until the deadline, as the app's refetchInterval does (minus the pause). */
async function poll(url: string, deadline: number, outcome: Outcome): Promise<void> {
  while (Date.now() < deadline) {
    outcome.requests += 1;
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.status !== 200) outcome.failures.push(`${url} -> ${response.status}`);
    } catch (error) {
      outcome.failures.push(`${url} -> ${String(error)}`);
    }
  }
}

test("50 pollers and 10 uploads at once: no errors, no lost uploads, memory comes back", async () => {
  test.setTimeout(120_000);
  const groupId = (await api.createGroup("Busy team")).id;
  const images = await Promise.all(
    Array.from({ length: UPLOADS + 1 }, (_, index) => noisyJpeg(1200, 900, index + 1)),
  );
  const seed = await api.upload(groupId, "Poll target", images[UPLOADS]!);
  expect(seed.status).toBe(201);
  const video = await api.createVideo(TEXT_TO_VIDEO);
  expect(video.status).toBe(201);
  const assetUrl = `${server.url}/api/assets/${seed.body.assetId}`;
  const videoUrl = `${server.url}/api/videos/${video.body.id}`;

  // Warm every route first, so the baseline is a server that has already served this traffic.
  const warmUp: Outcome = { requests: 0, failures: [] };
  await Promise.all([poll(assetUrl, Date.now() + 1_000, warmUp), poll(videoUrl, Date.now() + 1_000, warmUp)]);
  const pid = await pidListeningOn(server.port);
  const rssBefore = await residentBytes(pid);

  const outcome: Outcome = { requests: 0, failures: [] };
  const deadline = Date.now() + LOAD_MS;
  const [uploads] = await Promise.all([
    Promise.all(
      images.slice(0, UPLOADS).map((image, index) => api.upload(groupId, `Burst ${index + 1}`, image)),
    ),
    ...Array.from({ length: POLLERS }, (_, index) =>
      poll(index % 2 ? assetUrl : videoUrl, deadline, outcome),
    ),
  ]);

  expect(outcome.failures, outcome.failures.slice(0, 5).join("\n")).toEqual([]);
  expect(outcome.requests).toBeGreaterThan(POLLERS);
  expect(uploads.map((upload) => upload.status)).toEqual(Array(UPLOADS).fill(201));
  const burstNames = Array.from({ length: UPLOADS }, (_, index) => `Burst ${index + 1}`);
  await expect
    .poll(async () => {
      const listed = (await api.listAssets(`groupId=${groupId}&pageSize=100`)).items;
      return listed
        .filter((asset) => asset.name.startsWith("Burst ") && asset.status === "active")
        .map((asset) => asset.name)
        .sort();
    })
    .toEqual([...burstNames].sort());
  const rssAfter = await residentBytes(pid);
  expect(rssAfter, `RSS ${rssBefore} -> ${rssAfter} bytes`).toBeLessThanOrEqual(rssBefore + RSS_SLACK_BYTES);
});
