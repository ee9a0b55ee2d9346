import { uniqueName, wavTone } from "../support/seed";
import { expect, test } from "./playground-page";

test.describe("reference modes", () => {
  test("Reference images takes two portrait assets chosen with Use selected", async ({
    playground,
    seed,
  }) => {
    const assets = await seed.portraits(2, "Duo");
    const ids = assets.map((asset) => asset.assetId);
    await playground.goto();
    await playground.chooseMode("Reference images");
    await playground.pickAssets("Reference images", ids);

    const block = playground.block("Reference images");
    await expect(block.getByText("Asset", { exact: true })).toHaveCount(2);
    await expect(block.getByText("2 / 9")).toBeVisible();

    await playground.prompt.fill(uniqueName("Two characters meet on a bridge"));
    await playground.setShortVideo(4);
    const body = await playground.generate();
    expect(body.input_references).toEqual(
      ids.map((id) => ({ type: "image_url", role: "reference_image", image_url: { url: `asset://${id}` } })),
    );
    expect(body).not.toHaveProperty("frame_images");
    await playground.expectCompleted();
    await expect(playground.result.getByText("Reference images", { exact: true })).toBeVisible();
  });

  test("Multimodal reference mixes a portrait asset with a local audio file, uploaded and sent by URL", async ({
    playground,
    seed,
  }) => {
    const [singer] = await seed.portraits(1, "Singer");
    await playground.goto();
    await playground.chooseMode("Multimodal reference");
    await playground.pickAssets("Reference images", [singer!.assetId]);
    await playground.uploadFile("Reference audio", {
      name: "hum.wav",
      mimeType: "audio/wav",
      buffer: wavTone(3),
    });
    const audio = playground.block("Reference audio");
    await expect(audio.getByText("hum.wav")).toBeVisible();
    await expect(audio.getByText(/Local file/)).toBeVisible();

    await playground.prompt.fill(uniqueName("The singer hums along to the tune"));
    await playground.setShortVideo(4);
    await playground.form.getByRole("button", { name: "View request" }).click();
    await expect(playground.form.getByLabel("request JSON", { exact: true })).not.toContainText("data:");

    const body = await playground.generate();
    const references = body.input_references as Record<string, { url: string } | string>[];
    expect(references[0]).toEqual({
      type: "image_url",
      role: "reference_image",
      image_url: { url: `asset://${singer!.assetId}` },
    });
    expect(references[1]).toMatchObject({ type: "audio_url", role: "reference_audio" });
    expect((references[1]!.audio_url as { url: string }).url).toMatch(/^https?:\/\//);
    await playground.expectCompleted();
  });

  test("a local file outside the media limits is refused with what to do", async ({ playground }) => {
    await playground.goto();
    await playground.chooseMode("Multimodal reference");
    await playground.uploadFile("Reference audio", {
      name: "blip.wav",
      mimeType: "audio/wav",
      buffer: wavTone(1),
    });
    await expect(playground.block("Reference audio").getByRole("alert")).toHaveText(
      /lasts 1\.0 s; audio references must be 2–15 s long/,
    );
    await expect(
      playground.block("Reference audio").getByRole("list", { name: "Reference audio inputs" }),
    ).toHaveCount(0);
  });
});
