import "server-only";
import { z } from "zod";
import { dateLike, idLike, numberLike, optionalText } from "./fields";

/**
 * The unified asset record (API.md §2.3.1), tolerant of the aliases clients have seen. Unknown
 * fields are allowed and dropped (the converter reads only these), which keeps the parse of a
 * 40-field record cheap.
 */
export const wireAssetSchema = z.object({
  id: idLike.nullish(),
  assetId: optionalText,
  token360AssetId: optionalText,
  name: optionalText,
  displayName: optionalText,
  filename: optionalText,
  assetGroupId: idLike.nullish(),
  groupId: idLike.nullish(),
  groupName: optionalText,
  groupKind: optionalText,
  assetKind: optionalText,
  mediaType: optionalText,
  status: optionalText,
  failureReason: optionalText,
  failReason: optionalText,
  reason: optionalText,
  errorMessage: optionalText,
  error: z.union([z.string(), z.looseObject({ message: optionalText })]).nullish(),
  mimeType: optionalText,
  sizeBytes: numberLike,
  size: numberLike,
  width: numberLike,
  height: numberLike,
  expiresAt: dateLike,
  expireAt: dateLike,
  createdAt: dateLike,
  created_at: dateLike,
});
export type WireAsset = z.infer<typeof wireAssetSchema>;
