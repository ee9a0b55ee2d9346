import { stat } from "node:fs/promises";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { uniqueName } from "../support/seed";
import { expect, test } from "./playground-page";

test.describe("First-frame I2V with a Virtual Portrait asset", () => {
  test("a creator picks a portrait From assets, generates, watches progress, plays and downloads the video", async ({
    page,
    playground,
    seed,
  }) => {
    const [hero] = await seed.portraits(1);
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("console", (message) =>
      message.type() === "error" ? pageErrors.push(`${message.text()} ${message.location().url}`) : undefined,
    );
    await playground.goto();

    await playground.useFirstFrame(hero!.assetId);
    const frame = playground.block("First frame");
    await expect(frame.getByText("Asset", { exact: true })).toBeVisible();
    await expect(frame.getByText(hero!.assetId)).toBeVisible();
    await expect(frame.locator("img")).toBeVisible();

    const prompt = uniqueName("A stylized virtual character smiles and turns toward the camera");
    await playground.prompt.fill(prompt);
    await playground.setShortVideo(4);
    const body = await playground.generate();

    expect(body).toEqual({
      model: "seedance-2.0",
      prompt,
      frame_images: [
        { type: "image_url", frame_type: "first_frame", image_url: { url: `asset://${hero!.assetId}` } },
      ],
      duration: 4,
      resolution: "480p",
      generate_audio: false,
    });

    await expect(playground.result.getByRole("progressbar", { name: "Generation progress" })).toBeVisible();
    await playground.expectCompleted();
    const duration = await playground.resultVideoDuration();
    expect(Math.abs(duration - 4)).toBeLessThanOrEqual(0.2);
    await expect(playground.historyItem(prompt)).toBeVisible();

    const downloading = page.waitForEvent("download");
    await playground.result.getByRole("link", { name: "Download" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.mp4$/);
    const file = await download.path();
    expect((await stat(file)).size).toBeGreaterThan(10 * 1024);

    await expectNoSeriousA11yViolations(page);
    // The app has no favicon yet (not part of the Playground); anything else logged is a bug.
    expect(pageErrors.filter((error) => !error.endsWith("/favicon.ico"))).toEqual([]);
  });

  test("View request shows exactly the body that Generate posts", async ({ playground, seed }) => {
    const [hero] = await seed.portraits(1);
    await playground.goto();
    await playground.useFirstFrame(hero!.assetId);
    await playground.prompt.fill(uniqueName("Soft studio light"));
    await playground.setShortVideo(5);
    await playground.choose("Aspect ratio", "9:16");
    await playground.form.getByLabel("Seed", { exact: true }).fill("42");
    await playground.form.getByRole("switch", { name: "Return last frame" }).check();

    await playground.form.getByRole("button", { name: "View request" }).click();
    const shown = JSON.parse(
      (await playground.form.getByLabel("request JSON", { exact: true }).textContent()) ?? "",
    );
    await playground.form.getByRole("tab", { name: "cURL" }).click();
    const curl = (await playground.form.getByLabel("curl command", { exact: true }).textContent()) ?? "";
    expect(curl).toContain("curl -X POST https://api.token360.ai/v1/videos");
    expect(curl).toContain("Authorization: Bearer $TOKEN360_API_KEY");
    expect(curl).toContain(`asset://${hero!.assetId}`);

    const posted = await playground.generate();
    expect(posted).toEqual(shown);
    expect(posted).toMatchObject({ seed: 42, aspect_ratio: "9:16", return_last_frame: true, duration: 5 });
    await playground.expectCompleted();
    await expect(
      playground.result.getByRole("img", { name: "Last frame of the generated video" }),
    ).toBeVisible();
  });
});
