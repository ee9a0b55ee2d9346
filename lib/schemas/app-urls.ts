// The app's own same-origin URLs, built in one place: the route handlers put them into the
// answers they present, the browser queries call them, the Playground shows them. Pure (no
// fetch, no env), so the browser and the server import the same spelling of every route.

type QueryValue = string | number | boolean | undefined | null;
type QueryValues<T> = { [K in keyof T]: QueryValue };

/** A query string from the defined, non-empty values only; "" when none is left. */
export function toSearchParams<T extends QueryValues<T>>(values: T): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values as Record<string, QueryValue>)) {
    if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}

const segment = encodeURIComponent;

export const MODELS_URL = "/api/models";
export const PRICING_URL = "/api/pricing";
/** What the videos finished since `since` (epoch ms) cost. */
export const pricingSpendUrl = (since: number) => `${PRICING_URL}/spend${toSearchParams({ since })}`;

export const assetGroupsUrl = <T extends QueryValues<T>>(filters?: T) =>
  `/api/asset-groups${filters ? toSearchParams(filters) : ""}`;
export const assetGroupUrl = (groupId: string) => `/api/asset-groups/${segment(groupId)}`;

export const assetsUrl = <T extends QueryValues<T>>(filters?: T) =>
  `/api/assets${filters ? toSearchParams(filters) : ""}`;
export const assetUrl = (assetId: string) => `/api/assets/${segment(assetId)}`;
/** The app's preview of an image asset; without a size the route serves the thumbnail. */
export const assetReferenceLinkUrl = (assetId: string) => `${assetUrl(assetId)}/reference-url`;
export const assetPreviewUrl = (assetId: string, size?: "thumb" | "full") =>
  `${assetUrl(assetId)}/preview${size ? `?size=${size}` : ""}`;

export const videosUrl = <T extends QueryValues<T>>(query?: T) =>
  `/api/videos${query ? toSearchParams(query) : ""}`;
export const videoUrl = (videoId: string) => `/api/videos/${segment(videoId)}`;
/** The MP4, streamed by the app; `download` asks for it as an attachment. */
export const videoContentUrl = (videoId: string, download = false) =>
  `${videoUrl(videoId)}/content${download ? "?download=1" : ""}`;
/** For small previews: a frame a second in, since many clips open on a fade from black. */
export const videoPosterUrl = (videoId: string) => `${videoContentUrl(videoId)}#t=1`;
export const videoLastFrameUrl = (videoId: string) => `${videoUrl(videoId)}/last-frame`;
/** The route that answers an upstream link to the video (an Edit/Extend source). */
export const videoSourceLinkUrl = (videoId: string) => `${videoUrl(videoId)}/source-url`;
/** The space the kept copies of finished videos take (lib/archive). */
export const ARCHIVE_URL = "/api/archive";

// Lineage and frames (lib/schemas/lineage.ts).
/** The videos made with an asset, newest first (`limit=0` counts them only). */
export const assetVideosUrl = (assetId: string, limit?: number) =>
  `${assetUrl(assetId)}/videos${toSearchParams({ limit })}`;
export const videoInputsUrl = (videoId: string) => `${videoUrl(videoId)}/inputs`;
/** A PNG of one frame: the last (`end`) or the one `at` seconds in. */
export const videoFrameUrl = (videoId: string, at: number | "end" = "end") =>
  `${videoUrl(videoId)}/frame${toSearchParams({ at })}`;
export const videoFrameAssetUrl = (videoId: string) => `${videoUrl(videoId)}/frame-asset`;
/** Pages: a video open in the Playground's result view; an asset found in the Assets table. */
export const playgroundVideoPage = (videoId: string) => `/playground?video=${segment(videoId)}`;
export const assetsPageFor = (assetId: string) => `/assets?q=${segment(assetId)}`;
