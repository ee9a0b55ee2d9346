import "server-only";
import { randomBytes } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, open, rm } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { getArchiver } from "@/lib/archive/server";
import { ApiError } from "@/lib/errors/api-error";
import { readImageDimensions } from "@/lib/media/image-dimensions";
import { checkImageShape, describeImageShape } from "@/lib/media/image-rules";
import type { AssetRecord } from "@/lib/schemas/asset";
import type { FrameAt } from "@/lib/schemas/lineage";
import { createAsset } from "@/lib/token360";
import { getWorkspace } from "@/lib/workspace/workspace";
import { UPLOAD_TMP_DIR } from "./data-dir";
import { logError } from "./log";
import { requestOf } from "./task-records";
import { getTaskProvider } from "./task-provider";
import { saveThumbnail } from "./thumbnails";
import { EXTENSIONS, sniffImageType, SNIFF_BYTES } from "./upload/sniff";
import { resolveUploadFields } from "./upload/upload-fields";
import { videoFrameFile } from "./video-frames";

// "Save frame as asset": a frame of a finished video becomes a new asset in a portrait group,
// named after the video, through the same upstream upload as any asset (the group must be
// active, the image must meet the upload rules), so it can be the first frame of the next shot.

const NAME_ROOM = 60;

/** "<the video's prompt> · last frame" (or "· frame at 2.4 s"), short enough for a table row. */
export function frameAssetName(prompt: string, videoId: string, at: FrameAt): string {
  const words = prompt.replace(/\s+/g, " ").trim();
  const title = !words ? videoId : words.length > NAME_ROOM ? `${words.slice(0, NAME_ROOM - 1)}…` : words;
  return `${title} · ${at === "end" ? "last frame" : `frame at ${Math.round(at * 10) / 10} s`}`;
}

/** The provider's own last frame, copied to a temp file (it is the most faithful). */
async function providerLastFrame(videoId: string, file: string, signal?: AbortSignal): Promise<boolean> {
  const upstream = await getTaskProvider()
    .openLastFrame(videoId, signal)
    .catch((error: unknown) => {
      if (error instanceof ApiError && error.code === "not_found") return null;
      throw error;
    });
  if (!upstream?.ok || !upstream.body) {
    await upstream?.body?.cancel();
    return false;
  }
  await pipeline(
    Readable.fromWeb(upstream.body as Parameters<typeof Readable.fromWeb>[0]),
    createWriteStream(file),
    { signal },
  );
  return true;
}

async function readHead(file: string): Promise<Uint8Array> {
  const handle = await open(file, "r");
  try {
    const head = new Uint8Array(64 * 1024);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

export async function saveFrameAsAsset(
  videoId: string,
  input: { groupId: string; at: FrameAt },
  signal?: AbortSignal,
): Promise<AssetRecord> {
  const provider = getTaskProvider();
  const row = getWorkspace().tasks.find(provider.name, videoId);
  if (row && row.status !== "completed")
    throw new ApiError("conflict", "Only a completed video has frames to save.");
  const name = frameAssetName((row && requestOf(row)?.prompt) ?? "", videoId, input.at);
  const target = await resolveUploadFields({ groupId: input.groupId, name });
  if (!target.portrait) {
    throw new ApiError("validation_error", "Save frames into a Virtual Portrait group.", {
      param: "groupId",
    });
  }

  await mkdir(UPLOAD_TMP_DIR(), { recursive: true });
  const temp = path.join(UPLOAD_TMP_DIR(), `${randomBytes(12).toString("hex")}.frame`);
  try {
    // The last frame as the provider made it (the app's kept copy, else the provider's), or one
    // taken from the MP4.
    const keptFrame = input.at === "end" ? getArchiver().keptFile(videoId, "frame") : null;
    const fetched =
      !keptFrame &&
      input.at === "end" &&
      (row?.hasLastFrame ?? true) &&
      (await providerLastFrame(videoId, temp, signal));
    const file = keptFrame ?? (fetched ? temp : await videoFrameFile(videoId, input.at, signal));
    const head = await readHead(file);
    const type = sniffImageType(head.subarray(0, SNIFF_BYTES));
    const size = readImageDimensions(head);
    if (!type || !size) throw new ApiError("upstream_error", "The frame could not be read as an image.");
    const problem = checkImageShape(size);
    if (problem) {
      throw new ApiError(
        "validation_error",
        `The frame ${describeImageShape(problem)}; it cannot be an asset.`,
      );
    }
    const asset = await createAsset(
      {
        bytes: createReadStream(file),
        filename: `frame-${videoId}.${EXTENSIONS[type]}`,
        mimeType: type,
        name,
        groupId: target.groupId,
      },
      signal,
    );
    await saveThumbnail(asset.assetId, file).catch((error: unknown) => logError("thumbnail failed", error));
    return asset;
  } finally {
    await rm(temp, { force: true });
  }
}
