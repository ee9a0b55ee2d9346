import { fetchAssetReferenceUrl } from "@/lib/queries/asset-reference";
import type { Asset } from "@/lib/schemas/asset";
import { isPortraitKind } from "@/lib/schemas/asset-group-values";
import type { AssetInput, FileInput, MediaInput } from "./form-state";

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

/** A generic upload (a video or audio file) as an input, sent by the URL the provider fetches. */
async function uploadInput(asset: Asset): Promise<FileInput> {
  const { url } = await fetchAssetReferenceUrl(asset.assetId);
  return {
    source: "file",
    name: asset.name,
    mediaType: asset.mediaType,
    sizeBytes: asset.sizeBytes ?? 0,
    assetId: asset.assetId,
    url,
  };
}

/**
 * Assets chosen in the library as inputs: portrait assets by `asset://` (the provider resolves
 * them), generic video and audio uploads by URL, since `asset://ua_…` is refused upstream.
 * Generic images stay asset inputs, which the rules flag with the seed's message.
 */
export const libraryInputs = (assets: Asset[]): Promise<MediaInput[]> =>
  Promise.all(
    assets.map((asset) =>
      isPortraitKind(asset.kind) || asset.mediaType === "image" ? toAssetInput(asset) : uploadInput(asset),
    ),
  );
