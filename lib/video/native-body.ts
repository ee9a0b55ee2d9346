import type { VideoRequest } from "./request";

// Token360's native-params mode (API.md §2.5): with the `Token360-Native-Params` header the
// body of POST /v1/videos is the vendor's own JSON, for Seedance the task API's `content[]`
// with roles (UPSTREAM.md §1.3). These two pure converters map it to and from the normalized
// body, so the client can send either and the emulator can check both with one set of rules.

export const NATIVE_PARAMS_HEADER = "Token360-Native-Params";

/** The header switches native mode on with true, 1, yes or on, in any case. */
export const isNativeParamsOn = (value: string | null | undefined): boolean =>
  value != null && ["true", "1", "yes", "on"].includes(value.trim().toLowerCase());

export const NATIVE_BODY_REQUIRED = "JSON object body is required when Token360-Native-Params is enabled";

type NativeMedia = "image_url" | "video_url" | "audio_url";
export type NativeContentItem =
  | { type: "text"; text: string }
  | {
      type: NativeMedia;
      role?: string;
      image_url?: { url: string };
      video_url?: { url: string };
      audio_url?: { url: string };
    };

export interface NativeVideoBody {
  model: string;
  content: NativeContentItem[];
  ratio?: string;
  duration?: number;
  resolution?: string;
  generate_audio?: boolean;
  seed?: number;
  watermark?: boolean;
  return_last_frame?: boolean;
  callback_url?: string;
  execution_expires_after?: number;
  safety_identifier?: string;
}

const urlOf = (value: unknown): string | undefined =>
  typeof value === "string"
    ? value
    : value && typeof value === "object" && typeof (value as { url?: unknown }).url === "string"
      ? (value as { url: string }).url
      : undefined;

const COPIED = [
  "model",
  "duration",
  "resolution",
  "generate_audio",
  "seed",
  "watermark",
  "return_last_frame",
  "callback_url",
  "execution_expires_after",
  "safety_identifier",
] as const;

/**
 * A native body as the normalized one: text items become the prompt, images with a frame role
 * become `frame_images`, every other media item an `input_references` item with its role,
 * `ratio` becomes `aspect_ratio`. Unknown fields are dropped; the normalized schema then judges
 * the result, so a bad value is refused with the same words in both modes.
 */
export function nativeToNormalized(body: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of COPIED) if (body[key] !== undefined) out[key] = body[key];
  if (body.ratio !== undefined) out.aspect_ratio = body.ratio;
  const content = Array.isArray(body.content) ? (body.content as Record<string, unknown>[]) : [];
  const texts: string[] = [];
  const frames: Record<string, unknown>[] = [];
  const references: Record<string, unknown>[] = [];
  for (const item of content) {
    if (!item || typeof item !== "object") continue;
    if (item.type === "text" && typeof item.text === "string") {
      texts.push(item.text);
      continue;
    }
    const type = item.type as string | undefined;
    const key = type === "video_url" || type === "audio_url" ? type : "image_url";
    const url = urlOf(item[key]);
    const role = typeof item.role === "string" ? item.role : undefined;
    if (key === "image_url" && (role === "first_frame" || role === "last_frame")) {
      frames.push({ type: "image_url", frame_type: role, image_url: { url } });
    } else {
      references.push({ type: key, ...(role ? { role } : {}), [key]: { url } });
    }
  }
  out.prompt = texts.join("\n");
  if (frames.length > 0) out.frame_images = frames;
  if (references.length > 0) out.input_references = references;
  return out;
}

/** The normalized body as the native one (what the client sends in native mode). */
export function normalizedToNative(request: VideoRequest): NativeVideoBody {
  const content: NativeContentItem[] = [];
  if (request.prompt.trim()) content.push({ type: "text", text: request.prompt });
  for (const [index, frame] of (request.frame_images ?? []).entries()) {
    const role = frame.frame_type ?? (index === 0 ? "first_frame" : "last_frame");
    const url = urlOf(frame.image_url);
    if (url) content.push({ type: "image_url", role, image_url: { url } });
  }
  for (const ref of request.input_references ?? []) {
    const key: NativeMedia = ref.video_url ? "video_url" : ref.audio_url ? "audio_url" : "image_url";
    const url = urlOf(ref[key]);
    const media = key.replace("_url", "");
    // Upstream names every reference by its media (UPSTREAM.md §1.3); a bare "reference" is ours.
    const role = !ref.role || ref.role === "reference" ? `reference_${media}` : ref.role;
    if (url) content.push({ type: key, role, [key]: { url } } as NativeContentItem);
  }
  const body: NativeVideoBody = { model: request.model, content };
  if (request.aspect_ratio != null) body.ratio = request.aspect_ratio;
  for (const key of COPIED) {
    const value = request[key];
    if (key !== "model" && value != null) (body as unknown as Record<string, unknown>)[key] = value;
  }
  return body;
}
