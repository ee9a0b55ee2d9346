import { mediaHeaders } from "@/lib/api/media";
import { videoParamsSchema } from "@/lib/api/params";
import { route } from "@/lib/api/route";
import { getTaskProvider } from "@/lib/api/task-provider";
import { serveKept } from "@/lib/archive/serve-kept";

// GET /api/videos/[videoId]/last-frame - the final frame image (when return_last_frame was asked)
export const GET = route({ params: videoParamsSchema }, async ({ params, request }) => {
  const kept = await serveKept(request, params.videoId, "frame");
  if (kept) return kept;
  const upstream = await getTaskProvider().openLastFrame(params.videoId, request.signal);
  return new Response(upstream.body, { headers: mediaHeaders(upstream, "image/png") });
});
