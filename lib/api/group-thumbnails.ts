import "server-only";
import { listAssets } from "@/lib/token360";
import { deleteThumbnail } from "./thumbnails";

// Deleting a group deletes its assets upstream; the app's own thumbnails of them go too.
// The ids are read before the delete (afterwards the upstream no longer knows them).

const PAGE_SIZE = 100;
const MAX_PAGES = 50;

/** The asset ids of a group, best effort: a failed read only means thumbnails stay behind. */
export async function assetIdsInGroup(groupId: string): Promise<string[]> {
  const ids: string[] = [];
  try {
    for (let page = 1; page <= MAX_PAGES; page += 1) {
      const { items, total } = await listAssets({ page, pageSize: PAGE_SIZE, groupId });
      ids.push(...items.map((asset) => asset.assetId));
      if (items.length < PAGE_SIZE || ids.length >= total) break;
    }
  } catch {
    // Nothing to clean up is better than a delete that fails over a cache.
  }
  return ids;
}

export async function deleteThumbnails(assetIds: string[]): Promise<void> {
  await Promise.all(assetIds.map(deleteThumbnail));
}
