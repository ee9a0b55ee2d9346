import { assetListQuery } from "@/lib/queries/assets";
import type { MediaType } from "@/lib/schemas/asset";
import type { GroupKind } from "@/lib/schemas/asset-group";

/** Cards per page of "Choose from your library". */
export const LIBRARY_PAGE_SIZE = 24;

/** Portrait groups hold images; video and audio live in the generic library. */
export const firstLibraryKind = (mediaType: MediaType): GroupKind =>
  mediaType === "image" ? "VIRTUAL_PORTRAIT" : "GENERIC";

/**
 * The picker's query for a page of Active assets of one media type. Kept apart from the picker's
 * code, so that the media block can ask for the first page (`page` 1, no search, every group)
 * while the pointer rests on "From assets", and the picker opens on cards that are already in.
 */
export const libraryPageQuery = ({
  kind,
  mediaType,
  keyword,
  groupId,
  page = 1,
}: {
  kind: GroupKind;
  mediaType: MediaType;
  keyword?: string;
  groupId?: string;
  page?: number;
}) =>
  assetListQuery({ kind, keyword, groupId, status: "active", mediaType, page, pageSize: LIBRARY_PAGE_SIZE });
