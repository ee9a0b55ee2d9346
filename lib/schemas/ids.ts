import { z } from "zod";

// Strict patterns for every ID that can become part of an upstream path.
export const ASSET_ID_PATTERN = /^(ta|ua)_[0-9a-f]{32}$/;
export const PORTRAIT_ASSET_ID_PATTERN = /^ta_[0-9a-f]{32}$/;
export const GROUP_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$/;
export const VIDEO_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;

export const assetIdSchema = z
  .string()
  .regex(ASSET_ID_PATTERN, "Not a valid asset ID (ta_… or ua_… followed by 32 hex characters)");
export const groupIdSchema = z.string().regex(GROUP_ID_PATTERN, "Not a valid asset group ID");
export const videoIdSchema = z.string().regex(VIDEO_ID_PATTERN, "Not a valid video ID");

export const ASSET_URL_PREFIX = "asset://";
export const toAssetUrl = (assetId: string) => `${ASSET_URL_PREFIX}${assetId}`;
