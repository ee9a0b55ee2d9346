import { stat } from "node:fs/promises";
import {
  expect,
  request as playwrightRequest,
  test,
  type APIRequestContext,
  type BrowserContext,
} from "@playwright/test";
import { AssetsPage } from "../assets/assets-page";
import { PlaygroundPage } from "../playground/playground-page";
import { startNextServer, type NextServer } from "../support/next-server.mjs";
import { seedPortraitAssets, uniqueName, type SeededAsset, type SeededGroup } from "../support/seed";

// The creator's workspace, as a creator chains two shots with one character: the first video
// outlives the provider (deleted upstream, it still plays and downloads from History), lists its
// inputs, is listed by its asset, and its last frame becomes the second shot's first frame. The
// app runs as a private server pointed at the suite's emulator over HTTP with a key of its own
// (as the canary server does), so its videos and assets are that key's alone.

const KEY = "sk-lineage-4c1d9e7a2b6f8e3d5c0a9b8e7f6d5c4b";

let server: NextServer;
let api: APIRequestContext;
let context: BrowserContext;
let group: SeededGroup;
let hero: SeededAsset;
let suiteOrigin: string;

test.describe.configure({ mode: "serial", timeout: 300_000 });

test.beforeAll(async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  suiteOrigin = new URL(baseURL!).origin;
  server = await startNextServer({
    label: "lineage",
    env: {
      TOKEN360_API_KEY: KEY,
      TOKEN360_BASE_URL: `${suiteOrigin}/emulator/v1`,
      TOKEN360_TIMEOUT_MS: "20000",
    },
  });
  api = await playwrightRequest.newContext({ baseURL: server.url });
  const seeded = await seedPortraitAssets(api, server.url, 1, "Lineage hero");
  group = seeded.group;
  hero = seeded.assets[0]!;
  context = await browser.newContext({ baseURL: server.url, acceptDownloads: true });
});

/** What the provider does after its retention: the task and its files are gone (with our key). */
async function deleteUpstream(videoId: string) {
  const url = `${suiteOrigin}/emulator/v1/videos/${videoId}`;
  const headers = { authorization: `Bearer ${KEY}` };
  expect((await fetch(url, { method: "DELETE", headers })).ok).toBe(true);
  expect((await fetch(url, { headers })).status).toBe(404);
}

test.afterAll(async () => {
  // The private server and its data go even if closing the browser side fails.
  await context?.close().catch(() => undefined);
  await api?.dispose().catch(() => undefined);
  await server?.dispose();
});

test("a video outlives its provider, lists its inputs, the asset lists it, and its last frame starts the next shot", async () => {
  const page = await context.newPage();
  const playground = new PlaygroundPage(page);
  const assets = new AssetsPage(page);

  // Shot 1: first frame from the hero asset.
  await playground.goto();
  await playground.useFirstFrame(hero.assetId);
  const firstPrompt = uniqueName("The hero looks up at the lanterns");
  await playground.prompt.fill(firstPrompt);
  await playground.setShortVideo(4);
  await playground.generate();
  await playground.expectCompleted();
  const firstId = new URL(page.url()).searchParams.get("video")!;
  expect(firstId).toBeTruthy();

  // The provider deletes the video (as it does after its retention); the app's kept copy still
  // plays and downloads from History, and everything below works without the provider's copy.
  await expect
    .poll(async () => ((await (await api.get(`/api/videos/${firstId}`)).json()) as { kept?: boolean }).kept, {
      timeout: 120_000,
    })
    .toBe(true);
  await deleteUpstream(firstId);
  await playground.goto();
  const item = playground.historyItem(firstPrompt);
  await expect(item).toContainText("Kept");
  await item.getByRole("button").first().click();
  await playground.expectCompleted();
  const player = playground.result.locator("video");
  await expect
    .poll(() => player.evaluate((video: HTMLVideoElement) => video.readyState), { timeout: 30_000 })
    .toBeGreaterThanOrEqual(1);
  expect(await player.evaluate((video: HTMLVideoElement) => video.duration)).toBeGreaterThan(3);
  await item.getByRole("button", { name: /More actions/ }).click();
  const downloading = page.waitForEvent("download");
  await page.getByRole("menuitem", { name: "Download" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(new RegExp(`${firstId}\\.mp4$`));
  expect((await stat((await download.path())!)).size).toBeGreaterThan(10 * 1024);
  // Any frame the player scrubs to is taken from the kept MP4; past the end there is none.
  const scrubbed = await api.get(`/api/videos/${firstId}/frame?at=1.5`);
  expect(scrubbed.status()).toBe(200);
  expect(scrubbed.headers()["content-type"]).toBe("image/png");
  expect((await scrubbed.body()).subarray(1, 4).toString()).toBe("PNG");
  const past = await api.get(`/api/videos/${firstId}/frame?at=30`);
  expect(past.status()).toBe(400);

  // Its inputs are listed: the hero asset, with its thumbnail, linking back to Assets.
  const inputs = playground.result.getByRole("list", { name: "Inputs of this video" });
  const heroLink = inputs.getByRole("link", { name: `Open asset ${hero.name} in Assets` });
  await expect(heroLink).toBeVisible();
  await expect(heroLink.locator("img")).toHaveJSProperty("complete", true);
  await playground.result.screenshot({ path: test.info().outputPath("video-inputs.png") });

  // The asset's detail lists the video, with its last frame, newest first.
  await heroLink.click();
  await expect(page).toHaveURL(/\/assets\?q=/);
  await expect(assets.assetRow(hero.name)).toBeVisible();
  await assets
    .assetRow(hero.name)
    .getByRole("button", { name: `Preview ${hero.name}` })
    .first()
    .click();
  const detail = assets.dialog(hero.name);
  await expect(detail.getByRole("heading", { name: "Videos made with this asset (1)" })).toBeVisible();
  const videoLink = detail.getByRole("link", { name: `Open video: ${firstPrompt}` });
  await expect(videoLink).toHaveAttribute("href", `/playground?video=${firstId}`);
  // The thumbnail is the video's last frame, taken from the MP4 by the server.
  await expect
    .poll(() => videoLink.locator("img").evaluate((image: HTMLImageElement) => image.naturalWidth), {
      timeout: 30_000,
    })
    .toBeGreaterThan(100);
  await videoLink.scrollIntoViewIfNeeded();
  await videoLink.locator("img").evaluate((image: HTMLImageElement) => image.decode());
  await page.screenshot({ path: test.info().outputPath("asset-videos.png") });
  await page.keyboard.press("Escape");

  // Deleting the asset would say that a video used it (cancelled here).
  await assets
    .assetRow(hero.name)
    .getByRole("button", { name: `Delete ${hero.name}` })
    .click();
  const confirm = assets.dialog(`Delete “${hero.name}”?`);
  await expect(confirm).toContainText("1 video was made with it");
  await page.screenshot({ path: test.info().outputPath("delete-warning.png") });
  await confirm.getByRole("button", { name: "Cancel" }).click();

  // Back to the video from the asset's detail; its last frame becomes an asset in two clicks.
  await assets
    .assetRow(hero.name)
    .getByRole("button", { name: `Preview ${hero.name}` })
    .first()
    .click();
  await detail.getByRole("link", { name: `Open video: ${firstPrompt}` }).click();
  await expect(page).toHaveURL(new RegExp(`/playground\\?video=${firstId}$`));
  await playground.expectCompleted();
  await playground.result.getByRole("button", { name: "Save frame as asset" }).click();
  const save = page.getByRole("dialog", { name: "Save frame as asset" });
  await expect(save).toContainText("Saves the last frame of this video");
  await expect
    .poll(() =>
      save
        .getByRole("img", { name: /Preview of the last frame/ })
        .evaluate((i: HTMLImageElement) => i.naturalWidth),
    )
    .toBeGreaterThan(100);
  await page.screenshot({ path: test.info().outputPath("save-frame-groups.png") });
  await save.getByRole("button", { name: `Save into ${group.name}` }).click();

  // Named after the video; it turns Active, then becomes the next shot's first frame.
  const saved = save.getByRole("status");
  await expect(saved).toContainText(`Saved as ${firstPrompt} · last frame`);
  await expect(saved.getByText("Active", { exact: true })).toBeVisible({ timeout: 30_000 });
  await page.screenshot({ path: test.info().outputPath("save-frame-active.png") });
  await save.getByRole("button", { name: "Use as first frame" }).click();
  await expect(save).toBeHidden();
  const firstFrame = playground.block("First frame");
  await expect(firstFrame.getByText(`${firstPrompt} · last frame`)).toBeVisible();

  const secondPrompt = uniqueName("The hero walks on under the lanterns");
  await playground.prompt.fill(secondPrompt);
  await playground.setShortVideo(4);
  const body = await playground.generate();
  const frames = body.frame_images as { image_url: { url: string } }[];
  const savedAssetId = frames[0]!.image_url.url.replace("asset://", "");
  expect(savedAssetId).toMatch(/^ta_/);
  expect(savedAssetId).not.toBe(hero.assetId);
  await playground.expectCompleted();
  await expect(
    playground.result
      .getByRole("list", { name: "Inputs of this video" })
      .getByRole("link", { name: `Open asset ${firstPrompt} · last frame in Assets` }),
  ).toBeVisible();

  // The saved frame's asset lists the second video; the hero's still lists only the first.
  const lineage = await (await api.get(`/api/assets/${savedAssetId}/videos`)).json();
  expect(lineage).toMatchObject({ total: 1, items: [{ prompt: secondPrompt }] });
  const heroVideos = await (await api.get(`/api/assets/${hero.assetId}/videos`)).json();
  expect(heroVideos).toMatchObject({ total: 1, items: [{ id: firstId, prompt: firstPrompt }] });
  await page.close();
});
