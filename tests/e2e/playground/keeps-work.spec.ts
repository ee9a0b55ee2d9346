import { uniqueName } from "../support/seed";
import { expect, test } from "./playground-page";

// The Playground keeps your work: a reload or a trip to another page finds the form as it was,
// and the task that is open is in the URL, so a reload or a shared link reopens it.

test("model, mode, inputs, prompt and parameters survive a reload and leaving the page", async ({
  playground,
  seed,
  page,
}) => {
  const [hero] = await seed.portraits(1, "Kept");
  const prompt = uniqueName("She turns to the window");
  await playground.goto();
  await playground.chooseModel("seedance-2.0-fast");
  await playground.useFirstFrame(hero!.assetId);
  await playground.prompt.fill(prompt);
  await playground.setShortVideo(5);

  const expectKept = async () => {
    await expect(playground.model("seedance-2.0-fast")).toBeChecked();
    await expect(playground.mode("First-frame I2V")).toHaveAttribute("aria-selected", "true");
    await expect(playground.prompt).toHaveValue(prompt);
    await expect(playground.block("First frame")).toContainText(hero!.name);
    await expect(playground.form.getByLabel("Duration", { exact: true })).toHaveValue("5");
    await expect(playground.form.getByLabel("Resolution", { exact: true })).toHaveValue("480p");
  };

  await page.reload();
  await expectKept();

  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "Assets" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Assets" })).toBeVisible();
  await nav.getByRole("link", { name: "Playground" }).click();
  await expectKept();

  // What is sent is what was kept.
  const body = await playground.generate();
  expect(body).toMatchObject({ model: "seedance-2.0-fast", prompt, duration: 5, resolution: "480p" });
  expect(JSON.stringify(body)).toContain(`asset://${hero!.assetId}`);
});

test("the open task is in the URL: a reload and a shared link reopen it", async ({
  playground,
  seed,
  page,
  browser,
  baseURL,
}) => {
  const prompt = uniqueName("A lighthouse at dusk");
  const video = await seed.finishedVideo(prompt);
  await playground.goto();
  await playground.historyItem(prompt).getByRole("button").first().click();
  await expect(page).toHaveURL(new RegExp(`[?&]video=${video.id}$`));
  await playground.expectCompleted();

  await page.reload();
  await playground.expectCompleted();
  await expect(page).toHaveURL(new RegExp(`[?&]video=${video.id}$`));

  // A colleague opens the shared link in a fresh browser context.
  const other = await browser.newContext({ baseURL });
  const shared = await other.newPage();
  await shared.goto(`/playground?video=${video.id}`);
  await expect(
    shared.getByRole("region", { name: "Result" }).getByText("Completed", { exact: true }),
  ).toBeVisible();
  await other.close();

  // A link to something that is not a task ID opens the empty Playground.
  await page.goto("/playground?video=..%2F..%2Fetc");
  await expect(playground.result.getByText("Completed", { exact: true })).toHaveCount(0);
});
