import { listAssetVideos } from "@/lib/api/lineage";
import { assetParamsSchema } from "@/lib/api/params";
import { json } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { assetVideosQuerySchema, assetVideosSchema } from "@/lib/schemas/lineage";

// GET /api/assets/[assetId]/videos - the videos made with an asset, newest first, and how many
export const GET = route({ params: assetParamsSchema, query: assetVideosQuerySchema }, ({ params, query }) =>
  json(assetVideosSchema, listAssetVideos(params.assetId, query.limit)),
);
