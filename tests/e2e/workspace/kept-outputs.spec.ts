import { readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { KeptOutputsStudio } from "./kept-outputs";

// Outputs that outlive the provider: a finished video is copied into the app's own archive, so
// after the provider deleted the task it still plays, seeks and downloads from History, its last
// frame still shows, and a star keeps it under the Starred filter.

let studio: KeptOutputsStudio;

test.beforeEach(async ({ browser, baseURL }) => {
  test.setTimeout(240_000);
  studio = new KeptOutputsStudio(browser, new URL(baseURL!).origin);
  await studio.start();
});

test.afterEach(async () => {
  await studio?.dispose();
});

test("a video the provider deleted still plays and downloads from History", async () => {
  const video = await studio.makeKeptVideo(`A lighthouse beam sweeps the fog ${Date.now()}`);
  const keptFile = path.join(studio.server.dataDir, "archive", "token360", `${video.id}.mp4`);
  const kept = await readFile(keptFile);
  await studio.deleteUpstream(video.id);

  const { playground } = studio;
  await playground.goto();
  const item = playground.historyItem(video.prompt);
  await expect(item).toContainText("Kept");
  await expect(item).toContainText("No longer kept by the provider");
  await expect(playground.history.getByTestId("kept-space")).toContainText("Kept copies:");

  // It plays: the browser loads the MP4 from the app's kept copy.
  await item.getByRole("button").first().click();
  const player = playground.result.locator("video");
  await expect
    .poll(() => player.evaluate((element: HTMLVideoElement) => element.readyState), { timeout: 30_000 })
    .toBeGreaterThanOrEqual(1);
  expect(await player.evaluate((element: HTMLVideoElement) => element.duration)).toBeGreaterThan(3);

  // It seeks (Range) and downloads, byte for byte the kept copy.
  const range = await fetch(`${studio.server.url}/api/videos/${video.id}/content`, {
    headers: { range: "bytes=100-1099" },
  });
  expect(range.status).toBe(206);
  expect(Buffer.from(await range.arrayBuffer()).equals(kept.subarray(100, 1100))).toBe(true);
  await item.getByRole("button", { name: /More actions/ }).click();
  const downloading = playground.page.waitForEvent("download");
  await playground.page.getByRole("menuitem", { name: "Download" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`seedance-2.0-fast-${video.id}.mp4`);
  expect((await readFile(await download.path())).equals(kept)).toBe(true);

  // Its last frame too.
  const frame = await fetch(`${studio.server.url}/api/videos/${video.id}/last-frame`);
  expect(frame.status).toBe(200);
  expect(frame.headers.get("content-type")).toBe("image/png");
});

test("a starred video stays under the Starred filter until it is unstarred", async () => {
  const starred = await studio.makeKeptVideo(`A red kite over the dunes ${Date.now()}`);
  const other = await studio.makeKeptVideo(`Rain on a tin roof ${Date.now()}`);
  const { playground } = studio;
  await playground.goto();
  const starButton = playground.historyItem(starred.prompt).getByRole("button", { name: /^Star: / });
  await expect(starButton).toHaveAttribute("aria-pressed", "false");
  await starButton.click();
  await expect(starButton).toHaveAttribute("aria-pressed", "true");

  const filter = playground.history.getByRole("button", { name: "Starred only" });
  await filter.click();
  await expect(filter).toHaveAttribute("aria-pressed", "true");
  await expect(playground.historyItem(starred.prompt)).toBeVisible();
  await expect(playground.historyItem(other.prompt)).toHaveCount(0);

  await playground
    .historyItem(starred.prompt)
    .getByRole("button", { name: /^Star: / })
    .click();
  await expect(playground.history.getByText("No starred videos")).toBeVisible();
  await filter.click();
  await expect(playground.historyItem(other.prompt)).toBeVisible();
  await expect(playground.historyItem(starred.prompt)).toBeVisible();
});
