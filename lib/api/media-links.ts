import "server-only";
import { signedLinks } from "./signed-links";

// Links through which a provider fetches a file the user uploaded, when the provider's own upload
// answer has no fetchable URL.
const mediaLinks = signedLinks("media-link", (assetId) => `/api/media/${assetId}`);

export const signedMediaUrl = mediaLinks.url;
export const checkMediaLink = mediaLinks.check;
