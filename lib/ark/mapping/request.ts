import { ApiError } from "@/lib/errors/api-error";
import { isVideoModelId } from "@/lib/video/capabilities";
import { nativeToNormalized, normalizedToNative, type NativeVideoBody } from "@/lib/video/native-body";
import type { VideoRequest } from "@/lib/video/request";
import { appModelOf, type ArkModelMap } from "../presets";

// The create body both ways. Prompt -> one `text` item; frames -> `image_url` with role
// first_frame/last_frame; references -> reference_image/_video/_audio; aspect_ratio -> ratio
// (UPSTREAM.md §1.3). Only documented fields and roles leave the app: `metadata` and
// `request_id` are Token360's and stay behind; every media item carries its role, which
// 1.5 Pro requires on images.

const DOCUMENTED_ROLES = new Set([
  "first_frame",
  "last_frame",
  "reference_image",
  "reference_video",
  "reference_audio",
]);

/** The app's request as the native body, with the provider's model id. */
export function toArkBody(request: VideoRequest, models: ArkModelMap): NativeVideoBody {
  const body = normalizedToNative(request);
  const model = isVideoModelId(request.model) ? models[request.model] : request.model;
  if (!model) {
    throw new ApiError(
      "validation_error",
      `${request.model} is not offered by this provider. Pick another model.`,
    );
  }
  for (const item of body.content) {
    if (item.type !== "text" && !DOCUMENTED_ROLES.has(item.role ?? "")) {
      throw new ApiError(
        "validation_error",
        `The role ${item.role ?? "(none)"} is not one this provider accepts.`,
      );
    }
  }
  return { ...body, model };
}

/**
 * A native body (e.g. one copied from a provider's docs) as the app's request. Unknown fields
 * and unknown item types are dropped; the model goes back to the app's name when it is one of
 * the preset ids.
 */
export function fromArkBody(
  body: Record<string, unknown>,
  models: ArkModelMap = {},
): Record<string, unknown> {
  const normalized = nativeToNormalized(body);
  const model = typeof body.model === "string" ? (appModelOf(body.model, models) ?? body.model) : body.model;
  return { ...normalized, model };
}
