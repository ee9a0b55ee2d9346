import type { VideoRow } from "../db/videos-repo";
import { parseInternalFileUrl } from "../http/signed-urls";
import type { Services } from "../services";
import { removeQuietly } from "../storage/layout";
import type { PreparedInput } from "./prepared-input";

/** Stops a task's render, then removes the task and its files (both dialects' DELETE). */
export async function deleteVideo(services: Services, row: VideoRow): Promise<void> {
  const { scheduler, videos, layout } = services;
  await scheduler.cancel(row.video_id);
  videos.delete(row.video_id);
  const inputs = (JSON.parse(row.inputs_json) as PreparedInput[])
    .map((input) => parseInternalFileUrl(input.url))
    // Only this task's own copies: a re-run may point at another task's stored input.
    .filter((ref) => ref?.bucket === "inputs" && ref.name.startsWith(`${row.video_id}-`))
    .map((ref) => layout.fileOf("inputs", ref!.name));
  await removeQuietly(
    layout.fileOf("videos", `${row.video_id}.mp4`),
    layout.fileOf("frames", `${row.video_id}.png`),
    ...inputs,
  );
}
