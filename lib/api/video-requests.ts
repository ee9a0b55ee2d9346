import "server-only";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { VIDEO_ID_PATTERN } from "@/lib/schemas/ids";
import { videoRequestSchema, type VideoRequest } from "@/lib/video/request";
import { VIDEO_REQUESTS_DIR } from "./data-dir";
import { logError } from "./log";

// The body each video was created with, one small JSON file per video id, so the Playground
// can "run again". Ids are pattern-checked before they become file names.

function fileFor(videoId: string): string {
  if (!VIDEO_ID_PATTERN.test(videoId)) throw new Error("Not a valid video ID");
  return path.join(VIDEO_REQUESTS_DIR(), `${videoId}.json`);
}

export async function rememberVideoRequest(videoId: string, request: VideoRequest): Promise<void> {
  try {
    const file = fileFor(videoId);
    await mkdir(path.dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    await writeFile(temp, JSON.stringify(request));
    await rename(temp, file);
  } catch (error) {
    // The video exists upstream either way; losing "run again" is not worth failing the call.
    logError("could not store a video request", error);
  }
}

export async function recallVideoRequest(videoId: string): Promise<VideoRequest | null> {
  try {
    const parsed = videoRequestSchema.safeParse(JSON.parse(await readFile(fileFor(videoId), "utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function forgetVideoRequest(videoId: string): Promise<void> {
  await rm(fileFor(videoId), { force: true }).catch(() => undefined);
}
