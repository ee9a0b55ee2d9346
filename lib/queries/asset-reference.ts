import { objectAnswer } from "@/lib/client/answer";
import { fetchJson } from "@/lib/client/fetch-json";
import { assetReferenceLinkUrl } from "@/lib/schemas/app-urls";
import type { AssetReferenceUrl } from "@/lib/schemas/asset-reference";

/** The URL a provider fetches an uploaded file from (GET /api/assets/[id]/reference-url). */
export const fetchAssetReferenceUrl = (assetId: string): Promise<AssetReferenceUrl> =>
  fetchJson(objectAnswer<AssetReferenceUrl>("url", "servedByApp"), assetReferenceLinkUrl(assetId));
