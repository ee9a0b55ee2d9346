import { ApiError } from "@/lib/errors/api-error";
import type { VideoStatus, VideoTaskRecord } from "@/lib/schemas/video";
import type { VideoRequest } from "@/lib/video/request";
import { appModelOf, type ArkModelMap } from "../presets";
import { wireArkTaskSchema, type WireArkTask } from "../wire/task";
import { explainArkError } from "./errors";

// The native task object as the app's VideoTaskRecord, and the record a create starts from
// (create answers only `{id}`: the request fills the rest, the task index keeps it).

/** queued|running|succeeded|failed|cancelled|expired (§1.6) onto the app's four statuses. */
const STATUS: Record<string, VideoStatus> = {
  queued: "queued",
  pending: "queued",
  running: "in_progress",
  processing: "in_progress",
  succeeded: "completed",
  success: "completed",
  completed: "completed",
  failed: "failed",
  cancelled: "failed",
  canceled: "failed",
  expired: "failed",
};

/** Why a task ended without a video when the provider gave no error of its own. */
const ENDED: Record<string, { code: string; message: string }> = {
  cancelled: { code: "cancelled", message: "The task was cancelled before it started." },
  canceled: { code: "cancelled", message: "The task was cancelled before it started." },
  expired: {
    code: "expired",
    message: "The provider ran out of time for this task and dropped it. Generate again.",
  },
};

export function arkStatusOf(status: string | null | undefined): VideoStatus {
  if (!status) return "queued";
  const mapped = STATUS[status.trim().toLowerCase()];
  if (!mapped)
    throw new ApiError(
      "upstream_error",
      `The provider reported a task status the app does not know (${status}).`,
    );
  return mapped;
}

const num = (value: number | string | null | undefined): number | null => {
  if (value === null || value === undefined || value === "") return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
};
const iso = (seconds: number | string | null | undefined) => {
  const n = num(seconds);
  return n === null ? null : new Date(n * 1000).toISOString();
};

function errorOf(wire: WireArkTask, label: string): VideoTaskRecord["error"] {
  const raw =
    wire.error ??
    (typeof wire.failure_reason === "string" ? { message: wire.failure_reason } : wire.failure_reason);
  const code = raw?.code == null ? null : String(raw.code);
  const ended = ENDED[(wire.status ?? "").toLowerCase()];
  if (!code && !raw?.message && ended) return ended;
  const explained = explainArkError(label, code, raw?.message ?? null);
  return { code: code ?? ended?.code ?? "failed", message: explained.message };
}

export interface ArkTaskView {
  record: VideoTaskRecord;
  outputs: { video: string | null; lastFrame: string | null };
  /** `usage.total_tokens` of a finished task (§1.6), what the provider billed. */
  usage: { totalTokens: number } | null;
}

/** A GET answer -> the record and the provider's output URLs (kept server-side only). */
export function fromArkTask(raw: unknown, label: string, models: ArkModelMap = {}): ArkTaskView {
  const parsed = wireArkTaskSchema.safeParse(raw);
  if (!parsed.success)
    throw new ApiError("upstream_error", `${label} answered with a task the app cannot read.`);
  const wire = parsed.data;
  const status = arkStatusOf(wire.status);
  const video = wire.content?.video_url ?? null;
  const lastFrame = wire.content?.last_frame_url ?? null;
  const duration = num(wire.duration);
  const fps = num(wire.framespersecond);
  const frames = num(wire.frames);
  const model = wire.model ? (appModelOf(wire.model, models) ?? wire.model) : "unknown";
  const tokens = num(wire.usage?.total_tokens ?? wire.usage?.completion_tokens);
  return {
    record: {
      id: wire.id,
      status,
      progress: status === "completed" ? 100 : status === "queued" ? 0 : null,
      model,
      // The native task does not echo the prompt; the task index holds it.
      prompt: "",
      mode: null,
      createdAt: iso(wire.created_at) ?? new Date(0).toISOString(),
      updatedAt: iso(wire.updated_at),
      parameters: {
        duration: duration === null ? null : Math.round(duration),
        resolution: wire.resolution ?? null,
        aspectRatio: wire.ratio ?? null,
        generateAudio: wire.generate_audio ?? null,
        seed: num(wire.seed) === null ? null : Math.round(num(wire.seed)!),
        watermark: wire.watermark ?? null,
      },
      durationSeconds:
        status !== "completed" ? null : (duration ?? (frames !== null && fps ? frames / fps : null)),
      hasLastFrame: Boolean(lastFrame),
      error: status === "failed" ? errorOf(wire, label) : null,
    },
    outputs: { video, lastFrame },
    usage: status === "completed" && tokens !== null && tokens > 0 ? { totalTokens: tokens } : null,
  };
}

/** What the app knows right after a create (`{id}` only): the request it sent, queued. */
export function createdRecord(id: string, request: VideoRequest, now = Date.now()): VideoTaskRecord {
  return {
    id,
    status: "queued",
    progress: 0,
    model: request.model,
    prompt: request.prompt,
    mode: null,
    createdAt: new Date(now).toISOString(),
    updatedAt: null,
    parameters: {
      duration: request.duration ?? null,
      resolution: request.resolution ?? null,
      aspectRatio: request.aspect_ratio ?? null,
      generateAudio: request.generate_audio ?? null,
      seed: request.seed ?? null,
      watermark: request.watermark ?? null,
    },
    durationSeconds: null,
    hasLastFrame: false,
    error: null,
  };
}
