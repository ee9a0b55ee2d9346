import { execFile } from "node:child_process";
import { mkdtemp, readFile, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import ffprobe from "@ffprobe-installer/ffprobe";
import { expect, test } from "@playwright/test";
import sharp from "sharp";

const run = promisify(execFile);

test("the README's curl walk-through yields a 5 s 720p portrait H.264 MP4 from a Virtual Portrait asset", async ({
  baseURL,
}) => {
  test.setTimeout(120_000);
  const dir = await mkdtemp(path.join(os.tmpdir(), "walkthrough-"));
  const image = path.join(dir, "portrait.png");
  const output = path.join(dir, "video.mp4");
  await sharp({ create: { width: 640, height: 800, channels: 3, background: "#7a5cff" } })
    .png()
    .toFile(image);

  const { stdout } = await run("bash", ["scripts/emulator-walkthrough.sh", baseURL!, image, output], {
    timeout: 110_000,
  });
  expect(stdout).toMatch(/asset ta_[0-9a-f]{32}/);
  expect((await stat(output)).size).toBeGreaterThan(2_000);
  expect((await readFile(output)).subarray(4, 8).toString("latin1")).toBe("ftyp");

  const probe = await run(ffprobe.path, [
    ...["-v", "error", "-print_format", "json", "-show_format", "-show_streams", output],
  ]);
  const info = JSON.parse(probe.stdout) as {
    format: { duration: string };
    streams: { codec_type: string; codec_name: string; width?: number; height?: number }[];
  };
  const video = info.streams.find((stream) => stream.codec_type === "video");
  // No aspect_ratio in the seed's request means "adaptive": the 4:5 portrait first frame gives 3:4 at 720p.
  expect(video).toMatchObject({ codec_name: "h264", width: 720, height: 960 });
  expect(Number(info.format.duration)).toBeCloseTo(5, 0);
  expect(info.streams.some((stream) => stream.codec_type === "audio")).toBe(false);
});
