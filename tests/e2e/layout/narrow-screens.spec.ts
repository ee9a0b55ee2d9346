import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { AssetsPage, imageFile } from "../assets/assets-page";
import { PlaygroundPage } from "../playground/playground-page";
import { seedPortraitAssets, uniqueName, waitForVideo, createVideoTask } from "../support/seed";

// Phones and narrow windows: both pages work at 390 px with no sideways scroll, with data in the
// tables and with their dialogs open. The screenshots are kept for a person to look at.

test.describe.configure({ timeout: 180_000 });

async function expectNoSideScroll(page: Page, what: string) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `${what}: the page scrolls sideways`).toBeLessThanOrEqual(innerWidth);
}

async function shot(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: "image/png" });
}

test.describe("at 390 px", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the Assets page: compact header, rows as cards, dialogs that fit", async ({
    page,
    request,
    baseURL,
  }, testInfo) => {
    const { group, assets: seeded } = await seedPortraitAssets(request, baseURL!, 2, "Narrow");
    const assets = new AssetsPage(page);
    await assets.goto(`?group=${group.id}`);
    await expect(assets.assetRow(seeded[0]!.name)).toBeVisible();
    await expect(assets.groupRow(group.name).first()).toBeVisible();
    // The header keeps its navigation and account menu on screen.
    const banner = page.getByRole("banner");
    await expect(banner.getByRole("link", { name: "Assets" })).toBeInViewport();
    await expect(banner.getByRole("button", { name: "Account menu" })).toBeInViewport();
    // The filter carries its visible label, as the seed calls it.
    await expect(assets.assets.getByText("Asset group", { exact: true })).toBeVisible();
    // Every cell of a row is on screen: the Asset ID can be read and copied without scrolling.
    const row = await assets.assetRow(seeded[0]!.name).boundingBox();
    const assetId = await assets.assetRow(seeded[0]!.name).getByText(seeded[0]!.assetId).boundingBox();
    expect(assetId!.x + assetId!.width).toBeLessThanOrEqual(row!.x + row!.width);
    await expectNoSideScroll(page, "Assets");
    await shot(page, testInfo, "assets-390");

    const create = await assets.openCreateGroup();
    await expectNoSideScroll(page, "Create asset group");
    await shot(page, testInfo, "assets-390-create-group");
    await create.getByRole("button", { name: "Cancel" }).click();

    const upload = await assets.openUpload([await imageFile(`${uniqueName("phone")}.png`, 800, 1000)]);
    await expectNoSideScroll(page, "Upload file");
    await shot(page, testInfo, "assets-390-upload");
    await upload.getByRole("button", { name: "Cancel" }).click();
    await expect(upload).toBeHidden();
  });

  test("the Playground: the form above its result, dialogs that fit", async ({
    page,
    request,
    baseURL,
  }, testInfo) => {
    const { assets: seeded } = await seedPortraitAssets(request, baseURL!, 1, "Narrow");
    const prompt = uniqueName("Rain on a neon street");
    const video = await createVideoTask(request, baseURL!, {
      model: "seedance-2.0",
      prompt,
      duration: 4,
      resolution: "480p",
    });
    await waitForVideo(request, video.id, 90_000);

    const playground = new PlaygroundPage(page);
    await page.goto(`/playground?video=${video.id}`);
    await playground.expectCompleted();
    const form = await playground.form.boundingBox();
    const result = await playground.result.boundingBox();
    expect(form!.y + form!.height).toBeLessThanOrEqual(result!.y);
    await expectNoSideScroll(page, "Playground");
    await shot(page, testInfo, "playground-390");

    await playground.chooseMode("First-frame I2V");
    await playground.openLibrary("First frame");
    await playground.search(seeded[0]!.assetId);
    await expect(playground.cards()).toHaveCount(1);
    await expectNoSideScroll(page, "Choose from your library");
    await shot(page, testInfo, "playground-390-library");
    await page.keyboard.press("Escape");

    // The widest block headers: four sources (Upload, Link, From assets, From your videos).
    await playground.chooseMode("Multimodal reference");
    await playground.block("Reference videos").getByRole("button", { name: "Use a link to a video" }).click();
    await expectNoSideScroll(page, "Multimodal reference with a link field open");
    await shot(page, testInfo, "playground-390-multimodal");

    await playground.form.getByRole("button", { name: "View request" }).click();
    await expectNoSideScroll(page, "View request");
    await shot(page, testInfo, "playground-390-request");
  });
});

test("at desktop width both pages keep their two-column layouts", async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const assets = new AssetsPage(page);
  await assets.goto();
  await expect(page.getByRole("banner").getByText("Portrait Studio")).toBeVisible();
  await expect(
    assets.assets.getByRole("columnheader", { name: "Asset ID" }).or(assets.assets.getByText("No assets")),
  ).toBeVisible();
  await expectNoSideScroll(page, "Assets");
  await shot(page, testInfo, "assets-1280");

  const playground = new PlaygroundPage(page);
  await playground.goto();
  const form = await playground.form.boundingBox();
  const result = await playground.result.boundingBox();
  expect(result!.x).toBeGreaterThan(form!.x + form!.width - 1);
  await expectNoSideScroll(page, "Playground");
  await shot(page, testInfo, "playground-1280");
});
