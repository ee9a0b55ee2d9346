import { expect, test } from "@playwright/test";
import { runWalkthrough } from "../support/walkthrough";

test("the README's curl walk-through yields a 5 s 720p portrait H.264 MP4 from a Virtual Portrait asset", async ({
  baseURL,
}) => {
  test.setTimeout(120_000);
  const result = await runWalkthrough(baseURL!);
  expect(result.stdout).toMatch(/asset ta_[0-9a-f]{32}/);
  expect(result.size).toBeGreaterThan(2_000);
  expect(result.boxType).toBe("ftyp");
  // No aspect_ratio in the seed's request means "adaptive": the 4:5 portrait first frame gives 3:4 at 720p.
  expect(result.video).toMatchObject({ codec_name: "h264", width: 720, height: 960 });
  expect(result.durationSeconds).toBeCloseTo(5, 0);
  expect(result.hasAudio).toBe(false);
});
