import { created, json } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import {
  assetGroupSchema,
  createAssetGroupInputSchema,
  listAssetGroupsQuerySchema,
} from "@/lib/schemas/asset-group";
import { pageSchema } from "@/lib/schemas/page";
import { createAssetGroup, listAssetGroups } from "@/lib/token360";

// GET /api/asset-groups - one page of asset groups, filtered server-side
export const GET = route({ query: listAssetGroupsQuerySchema }, async ({ query }) =>
  json(pageSchema(assetGroupSchema), await listAssetGroups(query)),
);

// POST /api/asset-groups - create a group (Real Face answers carry the verification link)
export const POST = route({ body: createAssetGroupInputSchema }, async ({ body }) =>
  created(assetGroupSchema, await createAssetGroup(body)),
);
