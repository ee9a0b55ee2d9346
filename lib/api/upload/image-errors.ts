import { ApiError } from "@/lib/errors/api-error";
import {
  checkImageShape,
  describeImageShape,
  IMAGE_TYPE_RULE,
  type Dimensions,
} from "@/lib/media/image-rules";

const AV_TYPE_RULE = "Videos (MP4, MOV) and audio (MP3, WAV) can be uploaded without a portrait group.";

// The image rules (lib/media/image-rules) as the BFF's own errors: the same words the browser
// uses, with details that name the limit for callers that read them.

export const unsupportedImageType = () =>
  new ApiError("unsupported_media_type", IMAGE_TYPE_RULE, { limit: "type" });

/** The upload route also takes the generic library's video and audio files. */
export const unsupportedUploadType = () =>
  new ApiError("unsupported_media_type", `${IMAGE_TYPE_RULE} ${AV_TYPE_RULE}`, { limit: "type" });

/** A 400 naming the side or aspect limit the image breaks, or null when it fits. */
export function imageShapeError(dimensions: Dimensions): ApiError | null {
  const problem = checkImageShape(dimensions);
  if (!problem) return null;
  const { width, height } = dimensions;
  return new ApiError("validation_error", `The image ${describeImageShape(problem)}.`, {
    limit: problem.limit,
    width,
    height,
  });
}
