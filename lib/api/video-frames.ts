import "server-only";
import ffmpegInstaller from "@ffmpeg-installer/ffmpeg";
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { promisify } from "node:util";
import { getArchiver } from "@/lib/archive/server";
import { ApiError } from "@/lib/errors/api-error";
import type { FrameAt } from "@/lib/schemas/lineage";
import { VIDEO_ID_PATTERN } from "@/lib/schemas/ids";
import { dataPath } from "./data-dir";
import { getTaskProvider } from "./task-provider";

// One frame of a finished video as a PNG, taken by ffmpeg from the MP4 itself: the last frame
// (for videos whose provider kept none) or the frame the user scrubbed to. The app's kept copy
// is read in place; otherwise the provider's MP4 is streamed to a temp file (never whole in
// memory) so ffmpeg can seek. Each frame is kept under DATA_DIR/frames, so a thumbnail is taken once.

const run = promisify(execFile);
const FRAMES_DIR = () => dataPath("frames");

const exists = (file: string) =>
  stat(file).then(
    (found) => found.size > 0,
    () => false,
  );

const label = (at: FrameAt) => (at === "end" ? "end" : `${Math.round(at * 1000)}ms`);

/** ffmpeg's arguments: the last decoded frame of the final second, or the first one at `at`. */
const frameArgs = (input: string, output: string, at: FrameAt) =>
  at === "end"
    ? ["-v", "error", "-sseof", "-1", "-i", input, "-an", "-update", "1", "-y", output]
    : ["-v", "error", "-ss", String(at), "-i", input, "-an", "-frames:v", "1", "-y", output];

/** Runs ffmpeg on an MP4 on disk and moves the frame into place. */
async function takeFrame(video: string, frame: string, target: string, at: FrameAt, signal?: AbortSignal) {
  await run(ffmpegInstaller.path, frameArgs(video, frame, at), { signal, timeout: 60_000 });
  if (!(await exists(frame))) {
    throw new ApiError("validation_error", `The video has no frame at ${at} s; choose an earlier moment.`, {
      param: "at",
    });
  }
  await rename(frame, target);
  return target;
}

/** The path of the frame's PNG under DATA_DIR/frames, taken now if it is not there yet. */
export async function videoFrameFile(videoId: string, at: FrameAt, signal?: AbortSignal): Promise<string> {
  if (!VIDEO_ID_PATTERN.test(videoId)) throw new ApiError("validation_error", "Not a valid video ID");
  const provider = getTaskProvider();
  const folder = path.join(FRAMES_DIR(), provider.name.replace(/[^A-Za-z0-9_-]/g, "_"));
  const target = path.join(folder, `${videoId}-${label(at)}.png`);
  if (await exists(target)) return target;
  await mkdir(folder, { recursive: true });
  const stem = `${target}.${randomBytes(6).toString("hex")}`;
  const video = `${stem}.mp4`;
  const frame = `${stem}.png`;
  try {
    // The app's kept copy first: frames can still be taken after the provider deleted the task.
    const kept = getArchiver().keptFile(videoId, "video");
    if (kept) return await takeFrame(kept, frame, target, at, signal);
    const upstream = await provider.openContent(videoId, null, signal);
    if (!upstream.ok || !upstream.body) {
      await upstream.body?.cancel();
      throw new ApiError("not_found", "The video's file is not available, so no frame can be taken from it.");
    }
    await pipeline(
      Readable.fromWeb(upstream.body as Parameters<typeof Readable.fromWeb>[0]),
      createWriteStream(video),
      { signal },
    );
    return await takeFrame(video, frame, target, at, signal);
  } finally {
    await Promise.all([rm(video, { force: true }), rm(frame, { force: true })]);
  }
}
