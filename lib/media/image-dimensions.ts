import { imageSize } from "image-size";
import type { Dimensions } from "./image-rules";

// Dimensions from the image header (image-size on the first bytes): known long before the whole
// file has arrived, and without decoding a single pixel. The BFF's upload path and the emulator
// (uploads and inline data: inputs) read sizes with this one function.

/** Width and height if the header is complete in `head`, else null (read more, or give up). */
export function readImageDimensions(head: Uint8Array): Dimensions | null {
  try {
    const result = imageSize(head);
    // Stored pixel sides; the limits are symmetric, so an EXIF quarter turn changes nothing.
    return result.width && result.height ? { width: result.width, height: result.height } : null;
  } catch {
    return null;
  }
}
