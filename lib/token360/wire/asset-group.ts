import "server-only";
import { z } from "zod";
import { dateLike, idLike, numberLike, optionalText } from "./fields";

/** A group record as any of the documented or observed payloads spell it (API.md §2.2, §3.4). */
export const wireAssetGroupSchema = z.looseObject({
  groupId: idLike.nullish(),
  assetGroupId: idLike.nullish(),
  id: idLike.nullish(),
  name: optionalText,
  groupName: optionalText,
  groupKind: optionalText,
  kind: optionalText,
  type: optionalText,
  status: optionalText,
  retention: z.union([z.string(), z.number()]).nullish(),
  assetCount: numberLike,
  createdAt: dateLike,
  created_at: dateLike,
  h5Link: optionalText,
  h5_link: optionalText,
  h5LinkExpiresAt: dateLike,
  h5_link_expires_at: dateLike,
});
export type WireAssetGroup = z.infer<typeof wireAssetGroupSchema>;
