// @ts-check
import ffmpegInstaller from "@ffmpeg-installer/ffmpeg";
import { execFile } from "node:child_process";
import { rename } from "node:fs/promises";
import { promisify } from "node:util";

// A long MP4 out of a rendered one, for specs and benchmarks that need a stream lasting long
// enough to stop, stall or time: the emulator renders a few seconds, this repeats them.
// Plain ESM with JSDoc types, so the benchmarks run it with Node as it is and tsc checks it.

const run = promisify(execFile);

/**
 * Makes an MP4 `times` times longer by repeating it (stream copy: seconds, not minutes) and
 * swaps it in place atomically, as the emulator itself stores finished files.
 * @param {string} file
 * @param {number} times
 */
export async function lengthenInPlace(file, times) {
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
