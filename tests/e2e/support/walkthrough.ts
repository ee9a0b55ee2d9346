import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import ffprobe from "@ffprobe-installer/ffprobe";
import sharp from "sharp";

const run = promisify(execFile);

export interface WalkthroughResult {
  stdout: string;
  /** The first bytes of the downloaded file and its size. */
  size: number;
  boxType: string;
  durationSeconds: number;
  video: { codec_name: string; width?: number; height?: number } | undefined;
  hasAudio: boolean;
}

/** Runs the README's curl walk-through (scripts/emulator-walkthrough.sh) against a server and probes the MP4. */
export async function runWalkthrough(baseURL: string, timeoutMs = 110_000): Promise<WalkthroughResult> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "walkthrough-"));
  try {
    const image = path.join(dir, "portrait.png");
    const output = path.join(dir, "video.mp4");
    await sharp({ create: { width: 640, height: 800, channels: 3, background: "#7a5cff" } })
      .png()
      .toFile(image);
    const { stdout } = await run("bash", ["scripts/emulator-walkthrough.sh", baseURL, image, output], {
      timeout: timeoutMs,
    });
    const probe = await run(ffprobe.path, [
      ...["-v", "error", "-print_format", "json", "-show_format", "-show_streams", output],
    ]);
    const info = JSON.parse(probe.stdout) as {
      format: { duration: string };
      streams: { codec_type: string; codec_name: string; width?: number; height?: number }[];
    };
    return {
      stdout,
      size: (await stat(output)).size,
      boxType: (await readFile(output)).subarray(4, 8).toString("latin1"),
      durationSeconds: Number(info.format.duration),
      video: info.streams.find((stream) => stream.codec_type === "video"),
      hasAudio: info.streams.some((stream) => stream.codec_type === "audio"),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
