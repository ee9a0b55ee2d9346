import { z } from "zod";
import { assetIdSchema, groupIdSchema, videoIdSchema } from "@/lib/schemas/ids";

// Path params of the dynamic routes. IDs must match the strict patterns before they can
// become part of an upstream path (no "..", "%2F", URLs or oversized strings).

export const groupParamsSchema = z.strictObject({ groupId: groupIdSchema });
export const assetParamsSchema = z.strictObject({ assetId: assetIdSchema });
export const videoParamsSchema = z.strictObject({ videoId: videoIdSchema });
