import ffmpegInstaller from "@ffmpeg-installer/ffmpeg";
import ffprobeInstaller from "@ffprobe-installer/ffprobe";
import { execFile } from "node:child_process";
import { rename } from "node:fs/promises";
import { promisify } from "node:util";

// The bundled ffmpeg / ffprobe, for checking what the app serves and for making long videos.

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

/**
 * Makes a rendered MP4 `times` times longer by repeating it (stream copy: seconds, not minutes)
 * and swaps it in place atomically, as the emulator itself stores finished files.
 */
export async function lengthenInPlace(file: string, times: number): Promise<void> {
  const longer = `${file}.long.mp4`;
  await run(ffmpegInstaller.path, [
    "-v",
    "error",
    "-y",
    "-stream_loop",
    String(times - 1),
    "-i",
    file,
    "-c",
    "copy",
    "-movflags",
    "+faststart",
    longer,
  ]);
  await rename(longer, file);
}
