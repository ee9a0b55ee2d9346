import { followAssets } from "@/lib/api/live/live";
import { presentAsset } from "@/lib/api/present";
import { json, noContent } from "@/lib/api/respond";
import { assetParamsSchema } from "@/lib/api/params";
import { route } from "@/lib/api/route";
import { deleteThumbnail } from "@/lib/api/thumbnails";
import { assetSchema, renameAssetInputSchema } from "@/lib/schemas/asset";
import { deleteAsset, getAsset, renameAsset } from "@/lib/token360";

// GET /api/assets/[assetId] - one asset (polled while it is Processing)
export const GET = route({ params: assetParamsSchema }, async ({ params }) =>
  json(assetSchema, followAssets(presentAsset(await getAsset(params.assetId)))),
);

// PATCH /api/assets/[assetId] - rename an asset
export const PATCH = route(
  { params: assetParamsSchema, body: renameAssetInputSchema },
  async ({ params, body }) => json(assetSchema, presentAsset(await renameAsset(params.assetId, body.name))),
);

// DELETE /api/assets/[assetId] - delete an asset and its thumbnail
export const DELETE = route({ params: assetParamsSchema }, async ({ params }) => {
  await deleteAsset(params.assetId);
  await deleteThumbnail(params.assetId);
  return noContent();
});
