import type { Dimensions } from "./image-rules";

// Browser only: the natural size of a picked image, decoded by the browser itself, so a file
// that is not really an image (or is damaged) is caught before any byte is sent. The drop zone
// of the Assets page and the Playground's local files both read sizes with it.

/** The image's natural size, or null when the browser cannot decode the file as an image. */
export function decodeImageSize(file: Blob): Promise<Dimensions | null> {
  return new Promise((resolve) => {
    const url = URL.createObjectURL(file);
    const image = new Image();
    const done = (size: Dimensions | null) => {
      URL.revokeObjectURL(url);
      resolve(size);
    };
    image.onload = () => done({ width: image.naturalWidth, height: image.naturalHeight });
    image.onerror = () => done(null);
    image.src = url;
  });
}
