import { uniqueName, waitForVideo } from "../support/seed";
import { expect, test } from "./playground-page";

test.describe("history", () => {
  test("Extend video takes an earlier result from the history as its source", async ({
    page,
    playground,
    seed,
    request,
  }) => {
    const prompt = uniqueName("A paper boat drifts down a stream");
    const earlier = await seed.finishedVideo(prompt);

    await playground.goto();
    const item = playground.historyItem(prompt);
    await item.getByRole("button", { name: /More actions/ }).click();
    await page.getByRole("menuitem", { name: "Extend" }).click();

    await expect(playground.mode("Extend video")).toHaveAttribute("aria-selected", "true");
    const source = playground.block("Video to extend");
    await expect(source.getByText("One of your earlier results")).toBeVisible();
    await expect(playground.prompt).toBeFocused();

    // The Playground writes the instruction that makes it an extension; the user goes on after it.
    await expect(playground.prompt).toHaveValue("Extend <Video 1>, ");
    await playground.prompt.fill(`Extend <Video 1>, ${uniqueName("the boat reaches a waterfall")}`);
    await playground.setShortVideo(4);
    const sourceUrl = (await (await request.get(`/api/videos/${earlier.id}/source-url`)).json())
      .url as string;
    const body = await playground.generate();
    const [reference] = body.input_references as { type: string; role: string; video_url: { url: string } }[];
    expect(reference).toMatchObject({ type: "video_url", role: "reference_video" });
    expect(body.prompt).toMatch(/^Extend <Video 1>, the boat reaches a waterfall/);
    expect(new URL(reference!.video_url.url).pathname).toBe(new URL(sourceUrl).pathname);
    await playground.expectCompleted();
    await expect(playground.result.getByText("Extend video", { exact: true })).toBeVisible();
  });

  test("Edit video takes its source from From your videos in the block", async ({
    page,
    playground,
    seed,
  }) => {
    const prompt = uniqueName("A dancer spins in an empty hall");
    await seed.finishedVideo(prompt);

    await playground.goto();
    await playground.chooseMode("Edit video");
    await playground.block("Video to edit").getByRole("button", { name: "From your videos" }).click();
    const picker = page.getByRole("dialog", { name: "Choose one of your videos" });
    await picker.getByRole("button", { name: new RegExp(prompt) }).click();
    await expect(picker).toBeHidden();
    await expect(playground.block("Video to edit").getByText("One of your earlier results")).toBeVisible();

    await expect(playground.prompt).toHaveValue("Strictly edit <Video 1>, ");
    await playground.prompt.fill(`Strictly edit <Video 1>, ${uniqueName("make the hall snowy")}`);
    await playground.setShortVideo(4);
    const body = await playground.generate();
    expect(body.input_references).toEqual([
      { type: "video_url", role: "reference_video", video_url: { url: expect.any(String) } },
    ]);
    await playground.expectCompleted();
    await expect(playground.result.getByText("Edit video", { exact: true })).toBeVisible();
  });

  test("Run again rebuilds the form from the request a task was created with", async ({
    playground,
    seed,
    request,
  }) => {
    const prompt = uniqueName("Lanterns rise over a lake");
    const earlier = await seed.video({
      model: "seedance-2.0-fast",
      prompt,
      duration: 6,
      resolution: "480p",
      aspect_ratio: "1:1",
      seed: 7,
    });
    await playground.goto();
    await playground
      .historyItem(prompt)
      .getByRole("button", { name: /Run again/ })
      .click();
    await expect(playground.prompt).toHaveValue(prompt);
    await expect(playground.model("seedance-2.0-fast")).toBeChecked();
    await expect(playground.form.getByLabel("Duration", { exact: true })).toHaveValue("6");
    await expect(playground.form.getByLabel("Seed", { exact: true })).toHaveValue("7");
    await playground.form.getByRole("button", { name: "View request" }).click();
    const shown = JSON.parse(
      (await playground.form.getByLabel("request JSON", { exact: true }).textContent()) ?? "",
    );
    expect(shown).toEqual({
      model: "seedance-2.0-fast",
      prompt,
      duration: 6,
      resolution: "480p",
      aspect_ratio: "1:1",
      generate_audio: false,
      seed: 7,
    });
    await waitForVideo(request, earlier.id);
  });

  test("deleting a task asks first, then removes it from the history", async ({
    page,
    playground,
    seed,
    request,
  }) => {
    const prompt = uniqueName("A short-lived clip");
    const task = await seed.finishedVideo(prompt);
    await playground.goto();
    await playground
      .historyItem(prompt)
      .getByRole("button", { name: /More actions/ })
      .click();
    await page.getByRole("menuitem", { name: "Delete" }).click();
    const dialog = page.getByRole("dialog", { name: "Delete this video?" });
    await dialog.getByRole("button", { name: "Delete" }).click();
    await expect(dialog).toBeHidden();
    await expect(playground.historyItem(prompt)).toHaveCount(0);
    expect((await request.get(`/api/videos/${task.id}`)).status()).toBe(404);
  });
});
