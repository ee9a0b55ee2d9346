import { getVideoInputs } from "@/lib/api/lineage";
import { videoParamsSchema } from "@/lib/api/params";
import { json } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { videoInputsSchema } from "@/lib/schemas/lineage";

// GET /api/videos/[videoId]/inputs - what a video was made from: assets, earlier videos, local files
export const GET = route({ params: videoParamsSchema }, async ({ params }) =>
  json(videoInputsSchema, await getVideoInputs(params.videoId)),
);
