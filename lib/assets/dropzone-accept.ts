import type { AcceptedImageType } from "@/lib/media/image-rules";

// Its own file: the Assets page's "Upload" button sets the file chooser's `accept` from it, and the
// page should not download the upload rules (lib/assets/image-limits) for that.

/** react-dropzone's `accept` map: the accepted MIME types and their usual extensions. */
export const DROPZONE_ACCEPT: Record<
  AcceptedImageType | "video/mp4" | "video/quicktime" | "audio/mpeg" | "audio/wav",
  string[]
> = {
  "image/jpeg": [".jpg", ".jpeg"],
  "image/png": [".png"],
  "image/webp": [".webp"],
  "video/mp4": [".mp4"],
  "video/quicktime": [".mov"],
  "audio/mpeg": [".mp3"],
  "audio/wav": [".wav"],
};
