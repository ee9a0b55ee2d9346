import { expect, test } from "@playwright/test";
import { PlaygroundPage } from "../playground/playground-page";
import { makeClip } from "../support/local-media";
import { createGroup, wavTone } from "../support/seed";
import { AssetsPage, uniqueName } from "./assets-page";

// The generic library takes video and audio (UPSTREAM.md §1.5): uploaded on the Assets page,
// they turn Active and are picked From assets in the Playground's video and audio blocks.
test.describe("video and audio assets", () => {
  test.describe.configure({ timeout: 180_000 });

  test("a video and an audio file upload into a generic group, turn Active and are used from the library", async ({
    page,
    request,
    baseURL,
  }) => {
    const group = await createGroup(request, baseURL!, uniqueName("Clips"), "GENERIC");
    const clipName = uniqueName("waves");
    const voiceName = uniqueName("voice");
    const assets = new AssetsPage(page);
    await assets.goto();
    const clip = await makeClip(`${clipName}.mp4`, 3, 1);
    const voice = { name: `${voiceName}.wav`, mimeType: "audio/wav", buffer: wavTone(3) };
    await assets.upload([clip, voice], group.name);
    for (const name of [clipName, voiceName]) {
      await expect(assets.assetRow(name)).toContainText("Active", { timeout: 30_000 });
    }

    const playground = new PlaygroundPage(page);
    await playground.goto();
    await playground.chooseMode("Multimodal reference");
    await playground.pickAssets("Reference videos", [clipName]);
    await playground.pickAssets("Reference audio", [voiceName]);
    await expect(playground.block("Reference videos").getByText(clipName)).toBeVisible();
    await expect(playground.block("Reference audio").getByText(voiceName)).toBeVisible();
    await playground.prompt.fill(uniqueName("Waves crash while someone hums"));
    await playground.setShortVideo(4);
    const body = await playground.generate();
    const references = body.input_references as Record<string, { url: string } | string>[];
    expect(references.map((reference) => reference.type)).toEqual(["video_url", "audio_url"]);
    for (const reference of references) {
      const media = reference[`${(reference.type as string).replace("_url", "")}_url`] as { url: string };
      // Generic uploads go by URL: asset://ua_… is refused upstream.
      expect(media.url).toMatch(/^https?:\/\//);
    }
    await playground.expectCompleted();
  });
});
