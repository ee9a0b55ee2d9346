import "server-only";
import { VIDEO_MODES, type VideoMode } from "@/lib/video/capabilities";
import type { VideoTaskRecord } from "@/lib/schemas/video";
import { wireVideoSchema, type WireVideo } from "../wire/video";
import { canonicalToken, normalizeVideoStatus, toIsoDate } from "./normalize";
import { UpstreamShapeError } from "./shape-error";

const MODE_SYNONYMS: Record<string, VideoMode> = {
  FIRST_FRAME_I2V: "first_frame",
  I2V: "first_frame",
  FIRST_LAST: "first_last_frame",
  REFERENCE: "reference_images",
  REFERENCE_IMAGE: "reference_images",
  MULTIMODAL: "multimodal_reference",
  EDIT: "edit_video",
  EXTEND: "extend_video",
  STITCH: "stitch_video",
  TEXT: "text_to_video",
  T2V: "text_to_video",
};

export function normalizeMode(value: string | null | undefined): VideoMode | null {
  if (!value) return null;
  const token = canonicalToken(value);
  const direct = VIDEO_MODES.find((mode) => mode.toUpperCase() === token);
  return direct ?? MODE_SYNONYMS[token] ?? null;
}

/** A bare video object, or one wrapped in {data:{…}} (clients read data.id as a fallback). */
function unwrap(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null) return raw;
  const record = raw as Record<string, unknown>;
  const inner = record.data;
  const hasId = record.id !== undefined || record.task_id !== undefined;
  return !hasId && typeof inner === "object" && inner !== null && !Array.isArray(inner) ? inner : raw;
}

function errorOf(wire: WireVideo): VideoTaskRecord["error"] {
  const error = wire.error;
  if (typeof error === "string") return { code: "failed", message: error };
  return {
    code: error?.code === null || error?.code === undefined ? "failed" : String(error.code),
    message: error?.message ?? "The video could not be generated (no reason given by the provider).",
  };
}

function progressOf(wire: WireVideo, status: VideoTaskRecord["status"]): number | null {
  if (status === "completed") return 100;
  if (status === "queued")
    return wire.progress === null || wire.progress === undefined ? 0 : clamp(wire.progress);
  return wire.progress === null || wire.progress === undefined ? null : clamp(wire.progress);
}

const clamp = (value: number) => Math.min(100, Math.max(0, Math.round(value)));
const intOrNull = (value: number | null | undefined) =>
  value === null || value === undefined ? null : Math.round(value);

/** A video object from any payload shape -> VideoTaskRecord (the BFF adds the app's media URLs). */
export function toVideoTask(raw: unknown): VideoTaskRecord {
  const parsed = wireVideoSchema.safeParse(unwrap(raw));
  if (!parsed.success)
    throw new UpstreamShapeError(`a video object (${parsed.error.issues[0]?.message ?? "bad fields"})`);
  const wire = parsed.data;
  const id = wire.id ?? wire.task_id;
  if (!id) throw new UpstreamShapeError("a video without id or task_id");
  const status = wire.status ? normalizeVideoStatus(wire.status) : "queued";
  if (!status)
    throw new UpstreamShapeError(`video status ${JSON.stringify(wire.status)} is not one the app knows`);
  const params = wire.parameters ?? {};
  const lastFrame = wire.content?.last_frame_url ?? wire.last_frame_url;
  return {
    id,
    status,
    progress: progressOf(wire, status),
    model: wire.model ?? "unknown",
    prompt: wire.prompt ?? "",
    mode: normalizeMode(wire.mode),
    createdAt: toIsoDate(wire.created_at ?? wire.createdAt) ?? new Date(0).toISOString(),
    updatedAt: toIsoDate(wire.updated_at ?? wire.completed_at),
    parameters: {
      duration: intOrNull(params.duration ?? params.seconds ?? wire.duration ?? wire.seconds),
      resolution: params.resolution ?? wire.resolution ?? null,
      aspectRatio: params.aspect_ratio ?? params.ratio ?? wire.aspect_ratio ?? null,
      generateAudio: params.generate_audio ?? params.audio ?? wire.generate_audio ?? null,
      seed: intOrNull(params.seed ?? wire.seed),
      watermark: params.watermark ?? wire.watermark ?? null,
    },
    durationSeconds:
      status === "completed" ? (wire.duration ?? wire.seconds ?? params.duration ?? null) : null,
    hasLastFrame: Boolean(lastFrame),
    error: status === "failed" ? errorOf(wire) : null,
  };
}

/** The upstream URLs of a task, for the content routes only (never sent to the browser). */
export function upstreamUrlsOf(raw: unknown): { video: string | null; lastFrame: string | null } {
  const parsed = wireVideoSchema.safeParse(unwrap(raw));
  if (!parsed.success) return { video: null, lastFrame: null };
  const wire = parsed.data;
  return {
    video: wire.url ?? wire.video_url ?? wire.content?.video_url ?? null,
    lastFrame: wire.content?.last_frame_url ?? wire.last_frame_url ?? null,
  };
}
