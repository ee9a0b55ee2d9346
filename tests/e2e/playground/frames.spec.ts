import { uniqueName } from "../support/seed";
import { expect, test } from "./playground-page";

test("First & last frame sends both portrait assets as frame_images and makes the video", async ({
  playground,
  seed,
}) => {
  const [start, end] = await seed.portraits(2, "Walk");
  await playground.goto();
  await playground.chooseModel("seedance-2.0-fast");
  await playground.chooseMode("First & last frame");
  await playground.pickAsset("First frame", start!.assetId);
  await playground.pickAsset("Last frame", end!.assetId);
  await expect(playground.block("Last frame").getByText("Asset", { exact: true })).toBeVisible();

  // Replacing a single block's input: the new asset takes the place of the old one.
  await playground.pickAsset("Last frame", start!.assetId);
  await expect(playground.block("Last frame").getByText(start!.assetId)).toBeVisible();
  await expect(playground.block("Last frame").getByText(end!.assetId)).toHaveCount(0);
  await playground.pickAsset("Last frame", end!.assetId);

  await playground.prompt.fill(uniqueName("She walks from the doorway to the window"));
  await playground.setShortVideo(4);
  const body = await playground.generate();
  expect(body).toMatchObject({
    model: "seedance-2.0-fast",
    frame_images: [
      { type: "image_url", frame_type: "first_frame", image_url: { url: `asset://${start!.assetId}` } },
      { type: "image_url", frame_type: "last_frame", image_url: { url: `asset://${end!.assetId}` } },
    ],
  });
  await playground.expectCompleted();
  expect(Math.abs((await playground.resultVideoDuration()) - 4)).toBeLessThanOrEqual(0.2);
});
