import { expect, test, type Locator, type Page } from "@playwright/test";
import { startPrivateServer, type PrivateServer } from "../reliability/support/private-server";
import { createGroup, uniqueName } from "../support/seed";
import { AssetsPage } from "./assets-page";

// All groups, not the first 100: with 150 groups, the "Asset group" filter, the upload
// destination and the library picker's group filter find the oldest one by searching, and the
// unsearched list loads more on request.

const COUNT = 150;

// A server of its own: 150 new groups on the suite's shared server would push the groups that
// other specs just made off the first page of their Asset groups table.
let server: PrivateServer;

test.beforeAll(async () => {
  server = await startPrivateServer();
});

test.afterAll(async () => {
  await server?.dispose();
});

async function chooseBySearch(page: Page, combobox: Locator, name: string) {
  await combobox.click();
  await page.getByRole("searchbox", { name: "Search groups" }).fill(name);
  const listbox = page.getByRole("listbox", { name: "Asset groups" });
  await expect(listbox.getByRole("option")).toHaveCount(1);
  await listbox.getByRole("option", { name }).click();
  await expect(combobox).toHaveText(name);
}

test("150 groups: every picker searches them all and loads more on request", async ({ browser }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ baseURL: server.url });
  const { request } = context;
  const baseURL = server.url;
  const page = await context.newPage();
  const prefix = uniqueName("Crowd");
  const names = Array.from(
    { length: COUNT },
    (_, index) => `${prefix} ${String(index + 1).padStart(3, "0")}`,
  );
  // Created oldest first, in small batches: the oldest is far beyond the first page of 100.
  for (let start = 0; start < COUNT; start += 10) {
    await Promise.all(names.slice(start, start + 10).map((name) => createGroup(request, baseURL, name)));
  }
  const oldest = names[0]!;

  const assets = new AssetsPage(page);
  await assets.goto();
  const filter = assets.assets.getByRole("combobox", { name: "Asset group" });

  // Unsearched, the list pages: "Load more groups" adds the next page.
  await filter.click();
  const listbox = page.getByRole("listbox", { name: "Asset groups" });
  await expect(listbox.getByRole("option")).not.toHaveCount(0);
  const before = await listbox.getByRole("option").count();
  await page.getByRole("button", { name: "Load more groups" }).click();
  await expect.poll(() => listbox.getByRole("option").count()).toBeGreaterThan(before);
  await page.keyboard.press("Escape");

  // The filter finds the oldest group by name and filters by it (in the URL, too).
  await chooseBySearch(page, filter, oldest);
  await expect(page).toHaveURL(/[?&]group=grp_/);
  await page.reload();
  await expect(filter).toHaveText(oldest);

  // The upload destination finds it as well.
  const upload = await assets.openUpload();
  await chooseBySearch(page, upload.getByRole("combobox", { name: "Asset group" }), oldest);
  await upload.getByRole("button", { name: "Cancel" }).click();

  // And the library picker's group filter (an image block opens on Virtual Portrait groups).
  await page.goto("/playground");
  await page.getByRole("tab", { name: "Reference images", exact: true }).click();
  await page
    .getByRole("region", { name: "Reference images" })
    .getByRole("button", { name: "From assets" })
    .click();
  const picker = page.getByRole("dialog", { name: "Choose from your library" });
  await chooseBySearch(page, picker.getByRole("combobox", { name: "Group" }), oldest);
  await context.close();
});
