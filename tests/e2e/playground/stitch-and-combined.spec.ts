import type { APIRequestContext } from "@playwright/test";
import { portraitPng, uniqueName, uploadImage, waitUntilActive } from "../support/seed";
import { expect, test } from "./playground-page";

const SAME_ORIGIN = (baseURL: string) => ({ Origin: new URL(baseURL).origin });

/** A Real Face group verified on the emulator's H5 page, with one Active image in it. */
async function realFaceAsset(request: APIRequestContext, baseURL: string, name: string) {
  const created = await request.post("/api/asset-groups", {
    headers: SAME_ORIGIN(baseURL),
    data: { name: uniqueName(`${name} group`), kind: "REAL_FACE" },
  });
  expect(created.status(), await created.text()).toBe(201);
  const group = (await created.json()) as { id: string; verification: { url: string } | null };
  const passed = await request.post(group.verification!.url, {
    headers: SAME_ORIGIN(baseURL),
    form: { decision: "pass" },
    maxRedirects: 0,
  });
  expect(passed.status()).toBeLessThan(400);
  const asset = await uploadImage(request, baseURL, {
    groupId: group.id,
    name: uniqueName(name),
    png: await portraitPng(name, 120),
  });
  return waitUntilActive(request, asset.assetId);
}

test.describe("Stitch and combined characters", () => {
  test("Stitch videos joins two earlier results in order", async ({ page, playground, seed }) => {
    const first = uniqueName("Sunrise over the dunes");
    const second = uniqueName("A caravan crosses the ridge");
    await seed.finishedVideo(first);
    await seed.finishedVideo(second);

    await playground.goto();
    await playground.chooseMode("Stitch videos");
    const clips = playground.block("Clips to stitch");
    for (const prompt of [first, second]) {
      await clips.getByRole("button", { name: "From your videos" }).click();
      const picker = page.getByRole("dialog", { name: "Choose one of your videos" });
      await picker.getByRole("button", { name: new RegExp(prompt) }).click();
      await expect(picker).toBeHidden();
    }
    await expect(clips.getByRole("listitem")).toHaveCount(2);
    await expect(playground.prompt).toHaveValue("<Video 1>, followed by <Video 2>, ");
    await playground.prompt.fill("<Video 1>, followed by <Video 2>, with a slow dissolve");
    await playground.setShortVideo(6);

    await playground.form.getByRole("button", { name: "View request" }).click();
    const json = playground.form.getByLabel("request JSON", { exact: true });
    await expect(json).toContainText("<Video 1>, followed by <Video 2>");
    await expect(json).not.toContainText(/(edit|extend)_source/);

    const body = await playground.generate();
    expect(body.prompt).toBe("<Video 1>, followed by <Video 2>, with a slow dissolve");
    const references = body.input_references as { type: string; role: string }[];
    expect(references).toHaveLength(2);
    for (const reference of references)
      expect(reference).toMatchObject({ type: "video_url", role: "reference_video" });
    await playground.expectCompleted();
    await expect(playground.result.getByText("Stitch videos", { exact: true })).toBeVisible();
  });

  test("a reference task with one Real Face and one Virtual Portrait asset completes", async ({
    playground,
    seed,
    request,
    baseURL,
  }) => {
    const [virtual] = await seed.portraits(1, "Avatar");
    const real = await realFaceAsset(request, baseURL!, "Alice");

    await playground.goto();
    await playground.chooseMode("Reference images");
    // One picker visit: the selection is kept while the Type changes from Virtual Portrait to Real Face.
    await playground.openLibrary("Reference images");
    await playground.search(virtual!.assetId);
    await playground.card(virtual!.assetId).click();
    await playground.picker.getByLabel("Type", { exact: true }).selectOption("Real Face");
    await playground.search(real.assetId);
    await playground.card(real.assetId).click();
    await expect(playground.picker.getByText(/2 selected/)).toBeVisible();
    await playground.picker.getByRole("button", { name: "Use selected" }).click();
    await expect(playground.picker).toBeHidden();

    await playground.prompt.fill(uniqueName("<Image 1> and <Image 2> shake hands in a park"));
    await playground.setShortVideo(4);
    const body = await playground.generate();
    expect(body.input_references).toEqual([
      { type: "image_url", role: "reference_image", image_url: { url: `asset://${virtual!.assetId}` } },
      { type: "image_url", role: "reference_image", image_url: { url: `asset://${real.assetId}` } },
    ]);
    await playground.expectCompleted();
  });
});
