import { expect, test, type Browser, type Page } from "@playwright/test";
import { startNextServer, type NextServer } from "../support/next-server.mjs";
import { AssetsPage, imageFile, uniqueName } from "../assets/assets-page";

// Live status: the server follows a processing upload once and pushes its change to every tab
// (GET /api/events), so tabs stop polling; without the stream, a tab polls as before. A server
// of its own: another spec's uploads on a shared server would reach these tabs as events too,
// and processing takes long enough here that a polling page would be seen asking.

const PROCESSING_MS = "6000";

let server: NextServer;

test.beforeAll(async () => {
  server = await startNextServer({
    label: "live",
    env: { EMULATOR_ASSET_PROCESSING_MS: PROCESSING_MS, EMULATOR_ADMIN: "false" },
  });
});

test.afterAll(async () => {
  await server?.dispose();
});

test.describe.configure({ timeout: 120_000 });

const isAssetRead = (method: string, url: string) =>
  method === "GET" && /^\/api\/assets(\/(ta|ua)_[0-9a-f]{32})?$/.test(new URL(url).pathname);

/** Counts the page's reads of the asset list and of single assets (not previews or events). */
function countAssetReads(page: Page) {
  let count = 0;
  page.on("request", (request) => {
    if (isAssetRead(request.method(), request.url())) count += 1;
  });
  return () => count;
}

const streamOpened = (page: Page) =>
  page.waitForResponse(
    (response) => new URL(response.url()).pathname === "/api/events" && response.status() === 200,
  );

async function openAssets(page: Page) {
  const assets = new AssetsPage(page);
  await assets.goto();
  return assets;
}

/** A browser window on the private server (its tabs share one session, as a creator's do). */
const newWindow = (browser: Browser) => browser.newContext({ baseURL: server.url });

test("two tabs on the Assets page see an upload turn Active without polling for it", async ({ browser }) => {
  const context = await newWindow(browser);
  const [firstPage, secondPage] = [await context.newPage(), await context.newPage()];
  const opened = [streamOpened(firstPage), streamOpened(secondPage)];
  const first = await openAssets(firstPage);
  const group = uniqueName("Live");
  await first.createGroup(group);
  await expect(first.groupRow(group)).toContainText("Active");
  const second = await openAssets(secondPage);
  await Promise.all(opened);
  const tabs = [first, second];
  const reads = tabs.map((tab) => countAssetReads(tab.page));

  const name = uniqueName("live-portrait");
  await first.upload([await imageFile(`${name}.png`, 800, 1000)], group);

  // Both tabs show it Processing: the uploading tab from its upload, the other from the event
  // that a new asset is followed (one list fetch).
  for (const tab of tabs) await expect(tab.assetRow(name).getByText("Processing")).toBeVisible();
  const readsWhileProcessing = reads.map((read) => read());

  // Both turn Active from the server's event, and neither page asked for assets meanwhile.
  for (const tab of tabs) await expect(tab.assetRow(name).getByText("Active")).toBeVisible();
  expect(reads.map((read) => read())).toEqual(readsWhileProcessing);
  await context.close();
});

test("without the event stream a tab turns the upload Active by polling, and stops polling once the stream is back", async ({
  browser,
}) => {
  const context = await newWindow(browser);
  const page = await context.newPage();
  let refused = 0;
  await page.route("**/api/events", (route) => {
    refused += 1;
    return route.abort();
  });
  const assets = await openAssets(page);
  const group = uniqueName("Fallback");
  await assets.createGroup(group);
  await expect(assets.groupRow(group)).toContainText("Active");
  const reads = countAssetReads(page);

  const name = uniqueName("polled-portrait");
  await assets.upload([await imageFile(`${name}.png`, 800, 1000)], group);
  await expect(assets.assetRow(name).getByText("Processing")).toBeVisible();
  const readsWhileProcessing = reads();
  await expect(assets.assetRow(name).getByText("Active")).toBeVisible();

  // The page polled while the upload was processing, and kept trying to open the stream.
  expect(reads()).toBeGreaterThan(readsWhileProcessing);
  expect(refused).toBeGreaterThan(1);

  // The stream comes back: the page reopens it and the next upload needs no polling.
  const reopened = streamOpened(page);
  await page.unroute("**/api/events");
  await reopened;
  const next = uniqueName("live-again");
  await assets.upload([await imageFile(`${next}.png`, 800, 1000)], group);
  await expect(assets.assetRow(next).getByText("Processing")).toBeVisible();
  const readsWhileLive = reads();
  await expect(assets.assetRow(next).getByText("Active")).toBeVisible();
  expect(reads()).toBe(readsWhileLive);
  await context.close();
});
