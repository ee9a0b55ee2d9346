import { json } from "@/lib/api/respond";
import { videoParamsSchema } from "@/lib/api/params";
import { requestOrigin } from "@/lib/api/origin";
import { route } from "@/lib/api/route";
import { sourceUrlOf } from "@/lib/archive/source-url";
import { videoSourceUrlSchema } from "@/lib/schemas/video";

// GET /api/videos/[videoId]/source-url - a URL of the video the provider accepts, to use as an Edit/Extend source
// The embedded emulator's links live on the app's own origin, so curl can reach them too.
export const GET = route({ params: videoParamsSchema }, async ({ params, request }) => {
  const url = await sourceUrlOf(params.videoId);
  return json(videoSourceUrlSchema, {
    url: url.startsWith("/") ? `${requestOrigin(request)}${url}` : url,
  });
});
