import { outputSize, type AspectRatio, type Resolution } from "@/lib/video/capabilities";
import type { VideoRow } from "../db/videos-repo";
import { INTERNAL_FILE_SCHEME, parseInternalFileUrl, type Signer } from "../http/signed-urls";
import { FPS } from "../render/tools";

// The OpenAI-style video object (API.md §2.1.2) plus the OpenAI SDK's fields (`seconds`,
// `size`, `progress`, `completed_at`) and an echo of the inputs so a client can re-run a task.

export interface StoredParams {
  duration: number;
  resolution: Resolution;
  aspect_ratio: AspectRatio;
  generate_audio: boolean;
  seed: number;
  watermark: boolean;
  return_last_frame: boolean;
}

export interface StoredOutput {
  width: number;
  height: number;
  aspect_ratio: AspectRatio;
}

export interface StoredRequest {
  frame_images: unknown[];
  input_references: unknown[];
  metadata: Record<string, unknown> | null;
  request_id: string | null;
  callback_url: string | null;
  safety_identifier: string | null;
  execution_expires_after: number | null;
}

const seconds = (ms: number | null) => (ms === null ? null : Math.floor(ms / 1000));

/** Replaces stored `emulator-file://` references with fresh signed URLs. */
function resign(value: unknown, signer: Signer, origin: string): unknown {
  if (typeof value === "string" && value.startsWith(INTERNAL_FILE_SCHEME)) {
    const ref = parseInternalFileUrl(value);
    return ref ? signer.sign(origin, ref) : value;
  }
  if (Array.isArray(value)) return value.map((item) => resign(item, signer, origin));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resign(v, signer, origin)]));
  }
  return value;
}

export function videoObject(row: VideoRow, signer: Signer, origin: string) {
  const params = JSON.parse(row.params_json) as StoredParams;
  const output = row.output_json ? (JSON.parse(row.output_json) as StoredOutput) : null;
  const request = resign(JSON.parse(row.request_json), signer, origin) as StoredRequest;
  const completed = row.status === "completed";
  const size =
    output ??
    (params.aspect_ratio === "adaptive" ? null : outputSize(params.resolution, params.aspect_ratio));
  const videoUrl = completed ? signer.sign(origin, { bucket: "videos", name: `${row.video_id}.mp4` }) : null;
  const lastFrameUrl =
    completed && params.return_last_frame
      ? signer.sign(origin, { bucket: "frames", name: `${row.video_id}.png` })
      : null;
  return {
    id: row.video_id,
    object: "video" as const,
    status: row.status,
    model: row.model,
    prompt: row.prompt,
    mode: row.mode,
    progress: completed ? 100 : row.status === "queued" ? 0 : row.progress,
    created_at: seconds(row.created_at)!,
    updated_at: seconds(row.updated_at)!,
    completed_at: seconds(row.completed_at),
    expires_at: null,
    seconds: String(params.duration),
    size: size ? `${size.width}x${size.height}` : null,
    parameters: { ...params },
    resolution: params.resolution,
    ratio: output?.aspect_ratio ?? params.aspect_ratio,
    fileformat: "mp4",
    framespersecond: FPS,
    generate_audio: params.generate_audio,
    url: videoUrl,
    video_url: videoUrl,
    duration: completed ? params.duration : null,
    content: completed ? { video_url: videoUrl, last_frame_url: lastFrameUrl } : null,
    error:
      row.status === "failed"
        ? { code: row.error_code ?? "InternalError", message: row.error_message ?? "The task failed" }
        : null,
    remixed_from_video_id: null,
    ...request,
  };
}
