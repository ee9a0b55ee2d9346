import { expect, test } from "@playwright/test";
import { makeClip } from "../support/local-media";
import { portraitPng, uniqueName } from "../support/seed";
import { NativeProviderStudio } from "./native-provider";

// The Playground against the native Seedance task API (VIDEO_PROVIDER=ark, LaoZhang preset),
// served by the suite's emulator over HTTP: every mode a creator reaches for, each played and
// downloaded, and a History that only the app's task index can give (the relay has no list).

test.describe.configure({ mode: "serial" });

test("a creator works through LaoZhang's native API: frames, references, Extend, Stitch, History after a restart", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(900_000);
  const studio = new NativeProviderStudio(browser, baseURL!);
  await studio.start();
  try {
    const { playground } = studio;
    const page = playground.page;
    const prompts = {
      frame: uniqueName("A lantern glows on a quiet pier"),
      references: uniqueName("The lantern keeper walks the pier"),
      extend: uniqueName("the tide comes in"),
      stitch: uniqueName("with a slow dissolve"),
    };

    await test.step("the header names the provider; Assets explains there is no library", async () => {
      await page.goto("/assets");
      await expect(page.getByRole("status").filter({ hasText: "LaoZhang API" })).toBeVisible();
      await expect(page.getByText("No asset library with this provider")).toBeVisible();
      await expect(page.getByText(/waiting for launch/)).toBeVisible();
    });

    await test.step("first frame from a local photo, sent inline", async () => {
      await playground.goto();
      await playground.chooseMode("First-frame I2V");
      await playground.openLibrary("First frame");
      await expect(playground.picker.getByText("No asset library with this provider")).toBeVisible();
      await page.keyboard.press("Escape");
      await playground.uploadFile("First frame", {
        name: "pier.png",
        mimeType: "image/png",
        buffer: await portraitPng("Pier", 30),
      });
      await expect(playground.block("First frame").getByRole("listitem")).toHaveCount(1);
      await playground.prompt.fill(prompts.frame);
      await playground.setShortVideo(4);
      await studio.generateAndCheck();
    });

    await test.step("reference images and a reference video (an earlier result)", async () => {
      await playground.goto();
      await playground.chooseMode("Multimodal reference");
      await playground.uploadFile("Reference images", {
        name: "keeper.png",
        mimeType: "image/png",
        buffer: await portraitPng("Keeper", 140),
      });
      await expect(playground.block("Reference images").getByRole("listitem")).toHaveCount(1);
      await studio.pickEarlierResult("Reference videos", prompts.frame);
      await playground.prompt.fill(prompts.references);
      await playground.setShortVideo(4);
      await studio.generateAndCheck();
    });

    await test.step("a local clip is refused with the reason, and a link takes its place", async () => {
      await playground.goto();
      await playground.chooseMode("Multimodal reference");
      await playground.uploadFile("Reference videos", await makeClip("harbour.mp4", 3));
      const block = playground.block("Reference videos");
      await expect(block.getByRole("alert")).toContainText("cannot fetch a clip or audio file");
      await block.getByRole("button", { name: "Use a link to a video" }).click();
      await block
        .getByRole("textbox", { name: "Link to a video" })
        .fill("https://cdn.example.com/clips/harbour.mp4");
      await block.getByRole("button", { name: "Add" }).click();
      await expect(block.getByRole("listitem").filter({ hasText: "harbour.mp4" })).toHaveCount(1);
      await playground.prompt.fill(uniqueName("The harbour at dusk"));
      await playground.form.getByRole("button", { name: "View request" }).click();
      const shown = JSON.parse(
        (await playground.form.getByLabel("request JSON", { exact: true }).textContent()) ?? "",
      ) as Record<string, unknown>;
      expect(JSON.stringify(shown)).toContain("https://cdn.example.com/clips/harbour.mp4");
    });

    await test.step("Extend an earlier result from the History", async () => {
      await playground.goto();
      await playground
        .historyItem(prompts.frame)
        .getByRole("button", { name: /More actions/ })
        .click();
      await page.getByRole("menuitem", { name: "Extend" }).click();
      // The instruction comes first; the form may still hold the last prompt after it.
      await expect(playground.prompt).toHaveValue(/^Extend <Video 1>, /);
      await playground.prompt.fill(`Extend <Video 1>, ${prompts.extend}`);
      await playground.setShortVideo(4);
      await studio.generateAndCheck();
      await expect(playground.result.getByText("Extend video", { exact: true })).toBeVisible();
    });

    await test.step("Stitch two earlier results", async () => {
      await playground.goto();
      await playground.chooseMode("Stitch videos");
      await studio.pickEarlierResult("Clips to stitch", prompts.frame);
      await studio.pickEarlierResult("Clips to stitch", prompts.references);
      await playground.prompt.fill(`<Video 1>, followed by <Video 2>, ${prompts.stitch}`);
      await playground.setShortVideo(4);
      await studio.generateAndCheck();
      await expect(playground.result.getByText("Stitch videos", { exact: true })).toBeVisible();
    });

    await test.step("the History survives a restart, though the provider lists nothing", async () => {
      await studio.restart();
      await studio.playground.goto();
      for (const text of Object.values(prompts)) {
        await expect(studio.playground.historyItem(text)).toBeVisible();
      }
      // Straight from the app's API: the four tasks, all from the index (the provider has no list).
      const listed = await studio.context.request.get("/api/videos?limit=20");
      const { items } = (await listed.json()) as { items: { status: string }[] };
      expect(items.map((item) => item.status)).toEqual(["completed", "completed", "completed", "completed"]);
    });
  } finally {
    await studio.dispose();
  }
});
