import type { Request } from "@playwright/test";
import { expect, test } from "./playground-page";

// The first view (Text to video, nothing followed) leaves the media blocks, the pickers, the
// followed task's player and View request to load when they are needed; pointing at "From
// assets" fetches the picker's code and its first page, so the click opens on them.

const isFirstLibraryPage = (request: Request) => {
  const url = new URL(request.url());
  return (
    url.pathname === "/api/assets" &&
    url.searchParams.get("page") === "1" &&
    url.searchParams.get("status") === "active" &&
    url.searchParams.get("mediaType") === "image" &&
    !url.searchParams.has("keyword")
  );
};

test("pointing at From assets fetches the picker's first page, and the click opens on it", async ({
  page,
  playground,
  seed,
}) => {
  const [hero] = await seed.portraits(1, "Pointed");
  const libraryPages: string[] = [];
  page.on("request", (request) =>
    isFirstLibraryPage(request) ? libraryPages.push(request.url()) : undefined,
  );
  await playground.goto();
  await playground.chooseMode("First-frame I2V");
  const fromAssets = playground.block("First frame").getByRole("button", { name: "From assets" });
  await expect(fromAssets).toBeVisible();
  expect(libraryPages).toEqual([]);

  const answered = page.waitForResponse((response) => isFirstLibraryPage(response.request()));
  await fromAssets.hover();
  expect((await answered).ok()).toBe(true);
  await expect(playground.picker).toBeHidden();

  await fromAssets.click();
  await expect(playground.picker).toBeVisible();
  await expect(playground.card(hero!.assetId)).toBeVisible();
  // The picker showed the page fetched while the pointer rested, without asking again.
  expect(libraryPages).toHaveLength(1);
  await page.keyboard.press("Escape");
  await expect(playground.picker).toBeHidden();
  await expect(fromAssets).toBeFocused();
});

test("the media blocks and View request load when asked for, an outline holding their place", async ({
  page,
  playground,
}) => {
  await playground.goto();
  await expect(playground.form.getByText("Text to video needs no media")).toBeVisible();
  await expect(page.getByRole("tab", { name: "Text to video" })).toHaveAttribute("aria-selected", "true");

  await playground.chooseMode("First-frame I2V");
  await expect(page.getByRole("tabpanel", { name: "First-frame I2V" })).toBeVisible();
  await expect(playground.block("First frame").getByRole("button", { name: "Upload" })).toBeVisible();

  const viewRequest = page.getByRole("button", { name: "View request" });
  await viewRequest.click();
  await expect(viewRequest).toHaveAttribute("aria-expanded", "true");
  await expect(page.locator("#request-preview")).toContainText('"model": "seedance-2.0"');
});
