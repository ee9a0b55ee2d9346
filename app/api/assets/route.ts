import { followAssets } from "@/lib/api/live/live";
import { presentAsset, presentAssetPage } from "@/lib/api/present";
import { created, json } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { handleUpload } from "@/lib/api/upload/handle-upload";
import { assetSchema, listAssetsQuerySchema } from "@/lib/schemas/asset";
import { pageSchema } from "@/lib/schemas/page";
import { listAssets } from "@/lib/token360";

// GET /api/assets - one page of assets, searched and filtered server-side
export const GET = route({ query: listAssetsQuerySchema }, async ({ query }) =>
  json(pageSchema(assetSchema), followAssets(presentAssetPage(await listAssets(query)))),
);

// POST /api/assets - upload an image into a group (streamed multipart: name, groupId, retention, then file)
export const POST = route({}, async ({ request }) =>
  created(assetSchema, followAssets(presentAsset(await handleUpload(request)))),
);
