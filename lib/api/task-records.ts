import { videoTaskSchema, type VideoTaskRecord } from "@/lib/schemas/video";
import { ASSET_URL_PREFIX } from "@/lib/schemas/ids";
import { VIDEO_MODES, type VideoMode } from "@/lib/video/capabilities";
import { mediaUrlOf, videoRequestSchema, type VideoRequest } from "@/lib/video/request";
import type { TaskRow, TaskState } from "@/lib/workspace/tasks-repo";
import type { ProviderTask } from "./task-provider";

// Between the task index's rows and the records the BFF presents: a row answers for a task the
// provider no longer has, and what the provider reports becomes the row's new state.

const EMPTY_PARAMETERS: VideoTaskRecord["parameters"] = {
  duration: null,
  resolution: null,
  aspectRatio: null,
  generateAudio: null,
  seed: null,
  watermark: null,
};

const toMode = (value: string | null): VideoMode | null =>
  (VIDEO_MODES as readonly string[]).includes(value ?? "") ? (value as VideoMode) : null;

/** The stored body, if it still reads as a request (a row outlives schema changes). */
export function requestOf(row: TaskRow): VideoRequest | null {
  const parsed = videoRequestSchema.safeParse(row.request);
  return parsed.success ? parsed.data : null;
}

export function recordOf(row: TaskRow): VideoTaskRecord {
  const parameters = videoTaskSchema.shape.parameters.safeParse(row.parameters);
  return {
    id: row.taskId,
    status: row.status,
    progress: row.progress,
    model: row.model,
    prompt: requestOf(row)?.prompt ?? "",
    mode: toMode(row.mode),
    createdAt: new Date(row.createdAt).toISOString(),
    updatedAt: new Date(row.updatedAt).toISOString(),
    parameters: parameters.success ? parameters.data : EMPTY_PARAMETERS,
    durationSeconds: row.durationSeconds,
    hasLastFrame: row.hasLastFrame,
    error: row.error,
  };
}

const timeOf = (iso: string | null, fallback: number) => {
  const parsed = iso === null ? Number.NaN : Date.parse(iso);
  return Number.isFinite(parsed) && parsed > 0 ? parsed : fallback;
};

/** The creation time that orders the history: the provider's, when it gave one. */
export const createdAtOf = (record: VideoTaskRecord, now: number) => timeOf(record.createdAt, now);

export function stateOf(
  record: VideoTaskRecord,
  now: number,
  outputs: ProviderTask["outputs"] | null = null,
): TaskState {
  return {
    status: record.status,
    progress: record.progress,
    parameters: record.parameters,
    durationSeconds: record.durationSeconds,
    hasLastFrame: record.hasLastFrame,
    outputVideoUrl: outputs?.video ?? null,
    outputLastFrameUrl: outputs?.lastFrame ?? null,
    error: record.error,
    updatedAt: timeOf(record.updatedAt, now),
  };
}

/** Whether what the provider reports now differs from the row (only then is it written). */
export function hasChanged(row: TaskRow, record: VideoTaskRecord, outputs: ProviderTask["outputs"] | null) {
  return (
    !row.providerListed ||
    row.status !== record.status ||
    row.progress !== record.progress ||
    row.hasLastFrame !== record.hasLastFrame ||
    row.durationSeconds !== record.durationSeconds ||
    row.error?.code !== record.error?.code ||
    (outputs?.video != null && outputs.video !== row.outputVideoUrl) ||
    (outputs?.lastFrame != null && outputs.lastFrame !== row.outputLastFrameUrl)
  );
}

/** A live task the provider no longer has will never finish: it is recorded as failed. */
export function lostRecord(record: VideoTaskRecord): VideoTaskRecord {
  if (record.status === "completed" || record.status === "failed") return record;
  return {
    ...record,
    status: "failed",
    progress: null,
    error: {
      code: "task_lost",
      message: `The provider no longer has this task (last seen ${record.status.replace("_", " ")}). Run it again to make the video.`,
    },
  };
}

/** The asset IDs a request names (asset://…), in order, once each. */
export function assetIdsOf(request: VideoRequest): string[] {
  const urls = [
    ...(request.frame_images ?? []).map((frame) => mediaUrlOf(frame.image_url)),
    ...(request.input_references ?? []).flatMap((ref) => [
      mediaUrlOf(ref.image_url),
      mediaUrlOf(ref.video_url),
      mediaUrlOf(ref.audio_url),
    ]),
  ];
  const ids = urls.filter((url): url is string => url?.startsWith(ASSET_URL_PREFIX) ?? false);
  return [...new Set(ids.map((url) => url.slice(ASSET_URL_PREFIX.length)))];
}

/** This app's own video links in a request (…/api/videos/<id>/content): earlier results, by ID. */
const OWN_VIDEO_PATH = /\/api\/videos\/([A-Za-z0-9][A-Za-z0-9_-]{0,127})\/content(?:[?#]|$)/;

export function ownVideoIdsOf(request: VideoRequest): string[] {
  const urls = (request.input_references ?? []).map((ref) => mediaUrlOf(ref.video_url));
  const ids = urls.flatMap((url) => {
    const match = url ? OWN_VIDEO_PATH.exec(url) : null;
    return match?.[1] ? [match[1]] : [];
  });
  return [...new Set(ids)];
}
