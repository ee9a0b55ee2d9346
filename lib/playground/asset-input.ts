import type { Asset } from "@/lib/schemas/asset";
import type { AssetInput } from "./form-state";

/** A library asset as a media block input (sent as asset://<assetId>). */
export const toAssetInput = (asset: Asset): AssetInput => ({
  source: "asset",
  assetId: asset.assetId,
  name: asset.name,
  mediaType: asset.mediaType,
  kind: asset.kind,
  groupName: asset.groupName,
  previewUrl: asset.previewUrl,
});
