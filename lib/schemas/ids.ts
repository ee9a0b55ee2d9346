import { z } from "zod";
import { ASSET_ID_PATTERN, GROUP_ID_PATTERN, VIDEO_ID_PATTERN } from "./id-patterns";

// The ID patterns live in id-patterns.ts (no zod there, so the browser can use them).
export { ASSET_ID_PATTERN, ASSET_URL_PREFIX, VIDEO_ID_PATTERN } from "./id-patterns";

export const assetIdSchema = z
  .string()
  .regex(ASSET_ID_PATTERN, "Not a valid asset ID (ta_… or ua_… followed by 6–64 letters or digits)");
export const groupIdSchema = z.string().regex(GROUP_ID_PATTERN, "Not a valid asset group ID");
export const videoIdSchema = z.string().regex(VIDEO_ID_PATTERN, "Not a valid video ID");
/** A group of takes: made by the Playground, `tg_` and 8–40 letters or digits. */
export const takeGroupIdSchema = z.string().regex(/^tg_[A-Za-z0-9]{8,40}$/, "Not a valid group of takes");
