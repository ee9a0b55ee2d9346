import "server-only";

// The typed Token360 client: the only code in the app that talks to the upstream.
export {
  createAssetGroup,
  deleteAssetGroup,
  getAssetGroup,
  listAssetGroups,
  renameAssetGroup,
} from "./asset-groups";
export { deleteAsset, fetchAssetFile, getAsset, listAssets, renameAsset } from "./assets";
export { getAssetFileUrl } from "./asset-file-url";
export { createAsset, type CreateAssetInput } from "./create-asset";
export {
  createNativeVideo,
  createVideo,
  deleteVideo,
  getVideo,
  getVideoContentUrl,
  getVideoRecord,
  listVideos,
} from "./videos";
export { fetchUpstreamMedia, getVideoContent, getVideoLastFrame } from "./video-content";
export { pingUpstream, type UpstreamHealth } from "./health";
export { getUpstream, toBrowserUrl, type Upstream } from "./upstream";
