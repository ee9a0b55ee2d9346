import { json } from "@/lib/api/respond";
import { videoParamsSchema } from "@/lib/api/params";
import { requestOrigin } from "@/lib/api/origin";
import { route } from "@/lib/api/route";
import { videoSourceUrlSchema } from "@/lib/schemas/video";
import { getUpstream, getVideoContentUrl, toBrowserUrl } from "@/lib/token360";

// GET /api/videos/[videoId]/source-url - an upstream URL of the video, to use as an Edit/Extend source
// The embedded emulator's links live on the app's own origin, so curl can reach them too.
export const GET = route({ params: videoParamsSchema }, async ({ params, request }) => {
  const { url } = await getVideoContentUrl(params.videoId);
  const relative = toBrowserUrl(url, getUpstream());
  return json(videoSourceUrlSchema, {
    url: relative.startsWith("/") ? `${requestOrigin(request)}${relative}` : url,
  });
});
