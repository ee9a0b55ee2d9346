import { z } from "zod";
import { attachment, mediaHeaders } from "@/lib/api/media";
import { videoParamsSchema } from "@/lib/api/params";
import { route } from "@/lib/api/route";
import { getVideo, getVideoContent } from "@/lib/token360";

const contentQuerySchema = z.strictObject({ download: z.enum(["0", "1"]).optional() });

// GET /api/videos/[videoId]/content - the MP4, streamed with Range passthrough (?download=1 saves it)
export const GET = route(
  { params: videoParamsSchema, query: contentQuerySchema },
  async ({ params, query, request }) => {
    const upstream = await getVideoContent(params.videoId, request.headers.get("range"), request.signal);
    const headers = mediaHeaders(upstream, "video/mp4");
    headers.set("accept-ranges", "bytes");
    if (query.download === "1") {
      const { model } = await getVideo(params.videoId);
      headers.set("content-disposition", attachment(`${model}-${params.videoId}.mp4`));
    }
    return new Response(upstream.status === 416 ? null : upstream.body, { status: upstream.status, headers });
  },
);
