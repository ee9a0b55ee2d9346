import type { VideoRow } from "../db/videos-repo";
import { apiError } from "../http/errors";
import { serveFile } from "../http/serve-file";
import { URL_TTL_SECONDS } from "../http/signed-urls";
import type { Services } from "../services";

const FORMATS = ["redirect", "url", "binary"];

/** `a-woman-walks-to-the-window-vid_....mp4`: readable, ASCII-only, no path characters. */
export function downloadName(row: VideoRow, extension: string): string {
  const slug = row.prompt
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48)
    .replace(/-+$/, "");
  return `${slug ? `${slug}-` : ""}${row.video_id}.${extension}`;
}

// GET /v1/videos/:id/content?format=redirect|url|binary&variant=video|thumbnail
export async function videoContent(services: Services, row: VideoRow, request: Request, origin: string) {
  const url = new URL(request.url);
  const format = url.searchParams.get("format") ?? "redirect";
  const variant = url.searchParams.get("variant") ?? "video";
  if (!FORMATS.includes(format)) {
    throw apiError(400, "format must be redirect, url or binary", {
      param: "format",
      code: "invalid_parameter",
    });
  }
  if (variant !== "video" && variant !== "thumbnail") {
    throw apiError(400, "variant must be video or thumbnail", {
      param: "variant",
      code: "invalid_parameter",
    });
  }
  if (row.status !== "completed") {
    throw apiError(409, `Video is not ready yet. Current status: ${row.status}`, { code: "video_not_ready" });
  }
  // The thumbnail is the last frame, which every render produces.
  const ref =
    variant === "video"
      ? { bucket: "videos" as const, name: `${row.video_id}.mp4` }
      : { bucket: "frames" as const, name: `${row.video_id}.png` };
  const signed = services.signer.sign(origin, ref, URL_TTL_SECONDS);
  if (format === "redirect")
    return new Response(null, { status: 302, headers: { Location: signed, "Cache-Control": "no-store" } });
  if (format === "url")
    return Response.json({ url: signed, video_id: row.video_id, expires_in: URL_TTL_SECONDS });
  const response = await serveFile(request, services.layout.fileOf(ref.bucket, ref.name), {
    contentType: variant === "video" ? "video/mp4" : "image/png",
    disposition: `attachment; filename="${downloadName(row, variant === "video" ? "mp4" : "png")}"`,
  });
  if (!response) throw apiError(404, "The video file is missing", { code: "file_not_found" });
  return response;
}
