import ffprobeInstaller from "@ffprobe-installer/ffprobe";
import { execFile } from "node:child_process";
import { promisify } from "node:util";

// The bundled ffprobe, for checking what the app serves; long videos come from the one maker
// the benchmarks use too.

export { lengthenInPlace } from "../../support/long-video.mjs";

const run = promisify(execFile);

export interface ProbedVideo {
  codec: string;
  width: number;
  height: number;
  durationSeconds: number;
}

/** Reads an MP4's first video stream; throws if the file is not a playable video. */
export async function probeVideo(file: string): Promise<ProbedVideo> {
  const { stdout } = await run(ffprobeInstaller.path, [
    "-v",
    "error",
    "-select_streams",
    "v:0",
    "-show_entries",
    "stream=codec_name,width,height:format=duration",
    "-of",
    "json",
    file,
  ]);
  const probe = JSON.parse(stdout) as {
    streams: { codec_name: string; width: number; height: number }[];
    format: { duration: string };
  };
  const stream = probe.streams[0];
  if (!stream) throw new Error(`${file} has no video stream`);
  return {
    codec: stream.codec_name,
    width: stream.width,
    height: stream.height,
    durationSeconds: Number(probe.format.duration),
  };
}
