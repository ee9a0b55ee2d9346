import { z } from "zod";
import { ApiError } from "@/lib/errors/api-error";
import { mediaHeaders } from "@/lib/api/media";
import { assetParamsSchema } from "@/lib/api/params";
import { route } from "@/lib/api/route";
import { openThumbnail } from "@/lib/api/thumbnails";
import { fetchAssetFile } from "@/lib/token360";

const previewQuerySchema = z.strictObject({ size: z.enum(["thumb", "full"]).default("thumb") });

// GET /api/assets/[assetId]/preview - the app's own thumbnail, else the upstream thumbnail or file
export const GET = route(
  { params: assetParamsSchema, query: previewQuerySchema },
  async ({ params, query, request }) => {
    if (query.size === "thumb") {
      const local = await openThumbnail(params.assetId);
      if (local) {
        return new Response(local.body, {
          headers: {
            "content-type": "image/webp",
            "content-length": String(local.size),
            "cache-control": "private, max-age=3600",
            "x-content-type-options": "nosniff",
          },
        });
      }
    }
    const variants = query.size === "thumb" ? (["thumbnail", "content"] as const) : (["content"] as const);
    for (const variant of variants) {
      const upstream = await fetchAssetFile(params.assetId, variant, request.signal);
      if (upstream)
        return new Response(upstream.body, { headers: mediaHeaders(upstream, "application/octet-stream") });
    }
    throw new ApiError("not_found", "This asset has no preview.");
  },
);
