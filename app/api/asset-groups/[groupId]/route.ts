import { assetIdsInGroup, deleteThumbnails } from "@/lib/api/group-thumbnails";
import { json, noContent } from "@/lib/api/respond";
import { groupParamsSchema } from "@/lib/api/params";
import { route } from "@/lib/api/route";
import { assetGroupSchema, renameAssetGroupInputSchema } from "@/lib/schemas/asset-group";
import { deleteAssetGroup, getAssetGroup, renameAssetGroup } from "@/lib/token360";

// GET /api/asset-groups/[groupId] - one group (polled while Real Face verification runs)
export const GET = route({ params: groupParamsSchema }, async ({ params }) =>
  json(assetGroupSchema, await getAssetGroup(params.groupId)),
);

// PATCH /api/asset-groups/[groupId] - rename a group
export const PATCH = route(
  { params: groupParamsSchema, body: renameAssetGroupInputSchema },
  async ({ params, body }) => json(assetGroupSchema, await renameAssetGroup(params.groupId, body.name)),
);

// DELETE /api/asset-groups/[groupId] - delete a group and every asset in it (and their thumbnails)
export const DELETE = route({ params: groupParamsSchema }, async ({ params }) => {
  const assetIds = await assetIdsInGroup(params.groupId);
  await deleteAssetGroup(params.groupId);
  await deleteThumbnails(assetIds);
  return noContent();
});
