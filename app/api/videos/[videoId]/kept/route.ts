import { z } from "zod";
import { checkKeptLink } from "@/lib/archive/kept-links";
import { serveKept } from "@/lib/archive/serve-kept";
import { videoParamsSchema } from "@/lib/api/params";
import { route } from "@/lib/api/route";
import { ApiError } from "@/lib/errors/api-error";

const linkQuerySchema = z.strictObject({ exp: z.string().max(12), sig: z.string().max(64) });

// GET /api/videos/[videoId]/kept?exp&sig - the kept MP4, for a provider using it as a source
// Public (the provider has no session), but only through a signed link that has not expired.
export const GET = route(
  { params: videoParamsSchema, query: linkQuerySchema, public: true },
  async ({ params, query, request }) => {
    const kept = checkKeptLink(params.videoId, query.exp, query.sig)
      ? await serveKept(request, params.videoId, "video")
      : null;
    if (!kept) throw new ApiError("not_found", "This link is invalid or has expired.");
    return kept;
  },
);
