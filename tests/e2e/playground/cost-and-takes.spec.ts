import type { Locator, Page, Request } from "@playwright/test";
import { DEFAULT_PRICE_TABLE } from "../../../lib/pricing/price-table";
import { uniqueName } from "../support/seed";
import { expect, PlaygroundPage, test } from "./playground-page";

// Cost before you click, and several takes at once: the estimate beside Generate follows the
// form and the price table; three takes of one request run as one group, play side by side,
// and one is starred while the rest are cleared.

// The emulator shows Token360's table; the figure is worked out here from the table's rate and
// Seedance's token formula (width × height × 24 × seconds / 1024), not by the app's code.
const RATE = DEFAULT_PRICE_TABLE.emulator!.models["seedance-2.0"]!.perUnit;
const SIZES = { "480p": [854, 480], "720p": [1280, 720], "1080p": [1920, 1080] } as const;
function expectedCost(resolution: keyof typeof SIZES, seconds: number): string {
  const [width, height] = SIZES[resolution];
  const tokens = Math.round((width * height * 24 * seconds) / 1024);
  return `$${((tokens / 1_000_000) * RATE[resolution]!).toFixed(2)}`;
}

const estimateOf = (page: Page) => page.getByTestId("cost-estimate-amount");
const grid = (page: Page) => page.getByRole("list", { name: "Takes side by side" });

async function shoot(page: Page, target: Locator, name: string) {
  await target.scrollIntoViewIfNeeded();
  await target.screenshot({ path: test.info().outputPath(`${name}.png`) });
}

test.describe("cost and takes", () => {
  test("the estimate beside Generate changes with duration, resolution and takes, and matches the table", async ({
    page,
    playground,
  }) => {
    await playground.goto();
    await playground.prompt.fill(uniqueName("A lighthouse keeper climbs the stairs"));
    // seedance-2.0's defaults: 5 s at 720p
    await expect(estimateOf(page)).toHaveText(`≈ ${expectedCost("720p", 5)}`);
    await playground.choose("Duration", "10 s");
    await expect(estimateOf(page)).toHaveText(`≈ ${expectedCost("720p", 10)}`);
    await playground.choose("Resolution", "480p");
    await expect(estimateOf(page)).toHaveText(`≈ ${expectedCost("480p", 10)}`);
    await playground.choose("Resolution", "1080p");
    const oneTake = expectedCost("1080p", 10);
    await expect(estimateOf(page)).toHaveText(`≈ ${oneTake}`);
    expect(oneTake).not.toBe(expectedCost("480p", 10));

    // Three takes cost three times one; the control is a radio group the keyboard moves through.
    await page.getByRole("radio", { name: "1 take" }).focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect(page.getByRole("radio", { name: "3 takes" })).toBeChecked();
    const three = (Number(oneTake.slice(1)) * 3).toFixed(2);
    await expect(estimateOf(page)).toHaveText(new RegExp(`^≈ \\$${three.replace(".", "\\.")}$`));
    await expect(page.getByTestId("cost-estimate")).toContainText(`3 takes × ${oneTake}`);

    const bar = page.getByTestId("cost-estimate").locator("xpath=../..");
    await shoot(page, bar, "generate-bar-1280");
    await page.setViewportSize({ width: 390, height: 844 });
    await shoot(page, bar, "generate-bar-390");
  });

  test("three takes run as one group, play side by side, one is starred and the rest cleared", async ({
    page,
    playground,
    request,
  }) => {
    const prompt = uniqueName("A paper kite climbs over the dunes");
    await playground.startTextToVideo(prompt);
    // The radio sits under its visible number, which is what a pointer clicks.
    await page.getByRole("radio", { name: "3 takes" }).locator("xpath=..").click();
    await expect(page.getByRole("radio", { name: "3 takes" })).toBeChecked();

    const creates: Request[] = [];
    page.on("request", (sent) => {
      if (PlaygroundPage.isCreateVideo(sent)) creates.push(sent);
    });
    await playground.generateButton.click();

    // The e2e server renders two at once (EMULATOR_RENDER_CONCURRENCY=2): the third waits here.
    const takes = grid(page);
    await expect(takes.getByRole("listitem")).toHaveCount(3);
    await expect(takes.getByText("Waiting: Emulator runs 2 at a time.")).toBeVisible();
    expect(creates.length).toBeLessThanOrEqual(2);

    // All three finish and play side by side.
    const videos = takes.locator("video");
    await expect(videos).toHaveCount(3, { timeout: 150_000 });
    expect(creates).toHaveLength(3);
    const groups = new Set(creates.map((sent) => new URL(sent.url()).searchParams.get("group")));
    expect(groups.size).toBe(1);
    expect([...groups][0]).toMatch(/^tg_/);
    const seeds = creates.map((sent) => (sent.postDataJSON() as { seed: number }).seed);
    expect(new Set(seeds).size).toBe(3);
    const shownSeeds = await takes
      .getByRole("listitem")
      .evaluateAll((items) => items.map((item) => Number(item.getAttribute("data-seed"))));
    expect(shownSeeds.toSorted()).toEqual(seeds.toSorted());

    for (let i = 0; i < 3; i++) {
      const played = await videos.nth(i).evaluate(
        (video: HTMLVideoElement) =>
          new Promise<{ readyState: number; duration: number }>((resolve, reject) => {
            const done = () => resolve({ readyState: video.readyState, duration: video.duration });
            if (video.readyState >= 1) return done();
            video.addEventListener("loadedmetadata", done, { once: true });
            video.addEventListener("error", () => reject(new Error("a take could not be loaded")), {
              once: true,
            });
          }),
      );
      expect(played.readyState).toBeGreaterThanOrEqual(1);
      expect(Math.abs(played.duration - 4)).toBeLessThanOrEqual(0.2);
    }
    const [first, second] = [await videos.nth(0).boundingBox(), await videos.nth(1).boundingBox()];
    expect(Math.abs(first!.y - second!.y)).toBeLessThan(2);
    expect(second!.x).toBeGreaterThan(first!.x + first!.width - 1);

    // Each take's cost, marked as an estimate (Token360's dialect reports no usage).
    await expect(takes.getByText(`Cost ${expectedCost("480p", 4)} est.`)).toHaveCount(3);
    // History: one group with the three takes, and the month's total.
    const group = playground.history.getByRole("listitem", { name: `3 takes: ${prompt}` });
    await expect(group).toBeVisible();
    await expect(group.getByRole("list", { name: `Takes: ${prompt}` }).getByRole("listitem")).toHaveCount(3);
    await expect(page.getByTestId("month-total")).toContainText("This month: $");
    await shoot(page, group, "history-group-1280");
    const panel = page.getByRole("region", { name: "Takes" });
    await shoot(page, panel, "takes-grid-1280");
    await page.setViewportSize({ width: 390, height: 844 });
    await shoot(page, panel, "takes-grid-390");
    await page.setViewportSize({ width: 1280, height: 720 });

    // Star the second take, then clear the other two.
    const keep = takes.getByRole("listitem").nth(1);
    const keptSeed = await keep.getAttribute("data-seed");
    await keep.getByRole("button", { name: /^Star: Take 2/ }).click();
    await expect(keep.getByRole("button", { name: /^Star: Take 2/ })).toHaveAttribute("aria-pressed", "true");
    await page.getByRole("button", { name: "Clear the rest" }).click();
    const dialog = page.getByRole("dialog", { name: "Clear the other 2 takes?" });
    await dialog.getByRole("button", { name: "Delete 2 takes" }).click();
    await expect(dialog).toBeHidden();
    await expect(takes.getByRole("listitem")).toHaveCount(1);
    await expect(takes.getByRole("listitem").first()).toHaveAttribute("data-seed", keptSeed!);
    const left = playground.history.getByRole("listitem", { name: `1 take: ${prompt}` });
    await expect(left.getByRole("list", { name: `Takes: ${prompt}` }).getByRole("listitem")).toHaveCount(1);

    // The two others are gone from the task index; the starred one stays, starred.
    const ids = await Promise.all(
      creates.map(async (sent) => ((await (await sent.response())!.json()) as { id: string }).id),
    );
    const answers = await Promise.all(ids.map((id) => request.get(`/api/videos/${id}`)));
    const kept = answers.filter((answer) => answer.ok());
    expect(kept).toHaveLength(1);
    expect(((await kept[0]!.json()) as { starred?: boolean }).starred).toBe(true);
  });
});
