import { saveFrameAsAsset } from "@/lib/api/frame-asset";
import { followAssets } from "@/lib/api/live/live";
import { videoParamsSchema } from "@/lib/api/params";
import { presentAsset } from "@/lib/api/present";
import { created } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { assetSchema } from "@/lib/schemas/asset";
import { frameAssetInputSchema } from "@/lib/schemas/lineage";

// POST /api/videos/[videoId]/frame-asset - save a frame (the last, or `at` seconds) as a new portrait asset
// Followed like any new upload, so listening pages learn when it turns Active.
export const POST = route(
  { params: videoParamsSchema, body: frameAssetInputSchema },
  async ({ params, body, request }) =>
    created(
      assetSchema,
      followAssets(presentAsset(await saveFrameAsAsset(params.videoId, body, request.signal))),
    ),
);
