import "server-only";
import { ApiError } from "@/lib/errors/api-error";
import { getTaskProvider } from "@/lib/api/task-provider";
import { recordOf } from "@/lib/api/task-records";
import type { CursorPage } from "@/lib/schemas/page";
import type { ListVideosQuery, VideoTaskRecord } from "@/lib/schemas/video";
import { getWorkspace } from "@/lib/workspace/workspace";

// GET /api/videos?starred=true: the starred videos, newest first, from the task index alone
// (a star is the app's own, the provider knows nothing of it). Pages forward by `after`.

export function listStarredTasks(
  query: ListVideosQuery,
): CursorPage<VideoTaskRecord & { providerListed: boolean | null }> {
  const provider = getTaskProvider();
  const { tasks, archive } = getWorkspace();
  const anchorRow = query.after ? tasks.find(provider.name, query.after) : undefined;
  if (query.after && !anchorRow)
    throw new ApiError("not_found", "The video to page from no longer exists; reload the history");
  const anchor = anchorRow && { createdAt: anchorRow.createdAt, taskId: anchorRow.taskId };
  const { ids, hasMore } = archive.starredIds(provider.name, query.limit, anchor);
  const items = ids.flatMap((id) => {
    const row = tasks.find(provider.name, id);
    return row ? [{ ...recordOf(row), providerListed: provider.listTasks ? row.providerListed : null }] : [];
  });
  return { items, hasMore, firstId: items[0]?.id ?? null, lastId: items.at(-1)?.id ?? null };
}
