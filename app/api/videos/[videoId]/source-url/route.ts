import { json } from "@/lib/api/respond";
import { videoParamsSchema } from "@/lib/api/params";
import { route } from "@/lib/api/route";
import { videoSourceUrlSchema } from "@/lib/schemas/video";
import { getVideoContentUrl } from "@/lib/token360";

// GET /api/videos/[videoId]/source-url - an upstream URL of the video, to use as an Edit/Extend source
export const GET = route({ params: videoParamsSchema }, async ({ params }) => {
  const { url } = await getVideoContentUrl(params.videoId);
  return json(videoSourceUrlSchema, { url });
});
