import { z } from "zod";
import { ApiError } from "@/lib/errors/api-error";
import { mediaHeaders } from "@/lib/api/media";
import { checkMediaLink } from "@/lib/api/media-links";
import { assetParamsSchema } from "@/lib/api/params";
import { route } from "@/lib/api/route";
import { fetchAssetFile } from "@/lib/token360";

const linkQuerySchema = z.strictObject({ exp: z.string().max(12), sig: z.string().max(64) });

// GET /api/media/[assetId]?exp&sig - an uploaded file, for the provider that renders a task
// Public (the provider has no session), but only through a signed link that has not expired.
export const GET = route(
  { params: assetParamsSchema, query: linkQuerySchema, public: true },
  async ({ params, query, request }) => {
    if (!checkMediaLink(params.assetId, query.exp, query.sig))
      throw new ApiError("not_found", "This media link is invalid or has expired.");
    const upstream = await fetchAssetFile(params.assetId, "content", request.signal);
    if (!upstream) throw new ApiError("not_found", "This file no longer exists.");
    return new Response(upstream.body, { headers: mediaHeaders(upstream, "application/octet-stream") });
  },
);
