import { imageSize } from "image-size";
import { IMAGE_LIMITS } from "@/lib/schemas/asset";
import { ApiError } from "@/lib/errors/api-error";

// Dimensions come from the image header (image-size on the first bytes), long before the
// whole file has arrived and without decoding pixels.

export interface Dimensions {
  width: number;
  height: number;
}

/** Dimensions if the header is complete in `head`, else null (read more and try again). */
export function readDimensions(head: Uint8Array): Dimensions | null {
  try {
    const result = imageSize(head);
    // Stored pixel sides; the limits are symmetric, so an EXIF quarter turn changes nothing.
    return result.width && result.height ? { width: result.width, height: result.height } : null;
  } catch {
    return null;
  }
}

const fmt = (n: number) => n.toLocaleString("en-US");

/** A 400 naming the limit the image breaks, or null when it fits IMAGE_LIMITS. */
export function checkImageLimits({ width, height }: Dimensions): ApiError | null {
  const { minSide, maxSide, minAspect, maxAspect } = IMAGE_LIMITS;
  const size = `${fmt(width)}×${fmt(height)} px`;
  if (Math.min(width, height) < minSide || Math.max(width, height) > maxSide) {
    return new ApiError(
      "validation_error",
      `The image is ${size}; each side must be ${fmt(minSide)}–${fmt(maxSide)} px.`,
      {
        limit: "side",
        width,
        height,
      },
    );
  }
  const aspect = width / height;
  if (aspect < minAspect || aspect > maxAspect) {
    return new ApiError(
      "validation_error",
      `The image's aspect ratio (width ÷ height) is ${aspect.toFixed(2)}; it must be between ${minAspect} and ${maxAspect}.`,
      { limit: "aspect", width, height },
    );
  }
  return null;
}
