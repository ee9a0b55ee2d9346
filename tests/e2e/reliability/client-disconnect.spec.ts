import { expect, test } from "@playwright/test";
import path from "node:path";
import { storedAssetCount } from "../support/emulator-store";
import { filesUnder, newFilesSince } from "./support/files";
import { noisyJpeg } from "./support/images";
import { lengthenInPlace } from "./support/media";
import { startPrivateServer, type PrivateServer } from "./support/private-server";
import { openFiles, pidListeningOn } from "./support/proc";
import { PartialUpload, startDownload } from "./support/raw-http";
import { StudioApi, TEXT_TO_VIDEO } from "./support/studio-api";

// A creator closes the tab half way through an upload, or stops a video half way through
// playing it. The server must let go at once: the upstream request is aborted, no asset row
// appears, no temp file stays behind, and no file stays open.

let server: PrivateServer;
let api: StudioApi;
let groupId: string;
let serverPid: number;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  // ARCHIVE=off: the download must stream from the provider, not from the app's kept copy of
  // the short clip (serveFile's release on cancel is covered by tests/unit/api/serve-file.test.ts).
  server = await startPrivateServer({ env: { ARCHIVE: "off" } });
  api = new StudioApi(server.url);
  groupId = (await api.createGroup("Walk-away tests")).id;
  serverPid = await pidListeningOn(server.port);
});

test.afterAll(async () => {
  await server?.dispose();
});

/** The emulator's own count of the app's assets, read straight from the upstream side. */
async function upstreamAssetCount(): Promise<number> {
  return storedAssetCount(server.dataDir);
}

test("an upload abandoned half way leaves no asset and no temp file behind", async () => {
  const image = await noisyJpeg(3000, 2400, 7);
  const assetsBefore = await upstreamAssetCount();
  const filesBefore = await filesUnder(server.dataDir);
  const upload = new PartialUpload(server.url, { name: "Abandoned", groupId }, image.length);

  await upload.write(image.subarray(0, Math.floor(image.length / 2)));
  // Half the file has reached the emulator's temp file: the upload is really in flight.
  await expect
    .poll(() => newFilesSince(server.dataDir, filesBefore))
    .toContainEqual(expect.stringMatching(/^emulator\/tmp\//));
  upload.disconnect();
  await upload.settled;

  await expect.poll(() => newFilesSince(server.dataDir, filesBefore)).toEqual([]);
  expect(await upstreamAssetCount()).toBe(assetsBefore);
  expect((await api.listAssets()).items.map((asset) => asset.name)).not.toContain("Abandoned");
  // The server carries on: the next upload of the same image goes through.
  const { status } = await api.upload(groupId, "Completed", image);
  expect(status).toBe(201);
});

test.describe("a video download stopped half way", () => {
  let videoFile: string;
  let contentUrl: string;

  test.beforeAll(async () => {
    test.setTimeout(90_000);
    const { status, body } = await api.createVideo(TEXT_TO_VIDEO);
    expect(status).toBe(201);
    await expect
      .poll(async () => (await api.getVideo(body.id)).status, { timeout: 60_000 })
      .toBe("completed");
    // A rendered clip is small enough to sit whole in socket buffers; repeated 200 times it is
    // a long video that cannot, so the server is really mid-stream when the client stops.
    videoFile = path.join(server.dataDir, "emulator", "files", "videos", `${body.id}.mp4`);
    await lengthenInPlace(videoFile, 200);
    contentUrl = `${server.url}/api/videos/${body.id}/content`;
  });

  for (const [label, headers] of [
    ["a plain download", {}],
    ["a ranged read from the middle", { range: "bytes=1000000-" }],
  ] as const) {
    test(`${label} releases the file as soon as the client goes`, async () => {
      const download = await startDownload(contentUrl, headers);
      expect(download.response.statusCode).toBe("range" in headers ? 206 : 200);
      expect(download.firstChunk.length).toBeGreaterThan(0);
      await expect.poll(() => openFiles(serverPid)).toContain(videoFile);

      download.disconnect();

      await expect.poll(() => openFiles(serverPid)).not.toContain(videoFile);
      expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    });
  }
});
