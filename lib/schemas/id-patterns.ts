// Plain values, no zod: the browser imports this file, and zod stays on the server.
// ids.ts builds its schemas from these and exports them again.

// Strict patterns for every ID that can become part of an upstream path. IDs are taken as the
// provider gives them (API.md §3.5 shows ta_ + 32 characters, but no provider promises a length
// or an alphabet), so only what keeps a path safe is enforced: a known prefix, then letters and
// digits; task ids may also hold `-` and `_` (e.g. `cgt-20260101-…`), never `.` or `/`.
export const ASSET_ID_PATTERN = /^(ta|ua)_[A-Za-z0-9]{6,64}$/;
export const PORTRAIT_ASSET_ID_PATTERN = /^ta_[A-Za-z0-9]{6,64}$/;
export const GROUP_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$/;
export const VIDEO_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;

export const ASSET_URL_PREFIX = "asset://";
export const toAssetUrl = (assetId: string) => `${ASSET_URL_PREFIX}${assetId}`;
