import type { InfiniteData, QueryClient } from "@tanstack/react-query";
import type { Asset } from "@/lib/schemas/asset";
import type { LiveEvent } from "@/lib/schemas/live-event";
import type { CursorPage, Page } from "@/lib/schemas/page";
import type { VideoTask } from "@/lib/schemas/video";
import { assetKeys } from "./assets";
import { videoKeys } from "./videos";

// How one live-status event (GET /api/events) lands in the query cache: the item's new state
// replaces the old wherever a detail or a list holds it, without fetching anything.

const replaceIn = <T, K extends keyof T>(items: T[], key: K, next: T): T[] =>
  items.map((item) => (item[key] === next[key] ? { ...item, ...next } : item));

/** Puts an event's new state wherever the cache holds that item; nothing is fetched. */
export function applyLiveEvent(queryClient: QueryClient, event: LiveEvent) {
  if (event.type === "asset") {
    const { asset } = event;
    queryClient.setQueriesData<Asset>({ queryKey: assetKeys.detail(asset.assetId) }, (old) =>
      old ? { ...old, ...asset } : old,
    );
    let listed = false;
    queryClient.setQueriesData<Page<Asset>>({ queryKey: assetKeys.lists() }, (page) => {
      if (!page?.items?.some((item) => item.assetId === asset.assetId)) return page;
      listed = true;
      return { ...page, items: replaceIn(page.items, "assetId", asset) };
    });
    // A new upload (from another tab) is fetched once; lists filtered by status may now hold
    // a settled one or not: they refresh when next shown.
    if (!listed) void queryClient.invalidateQueries({ queryKey: assetKeys.lists() });
    else if (asset.status !== "processing")
      void queryClient.invalidateQueries({ queryKey: assetKeys.lists(), refetchType: "none" });
    return;
  }
  if (event.type === "video") {
    const { video } = event;
    queryClient.setQueriesData<VideoTask>({ queryKey: videoKeys.detail(video.id) }, (old) =>
      old ? { ...old, ...video } : old,
    );
    let listed = false;
    queryClient.setQueriesData<InfiniteData<CursorPage<VideoTask>>>(
      { queryKey: videoKeys.lists() },
      (data) => {
        if (!data?.pages?.some((page) => page.items.some((item) => item.id === video.id))) return data;
        listed = true;
        return {
          ...data,
          pages: data.pages.map((page) => ({ ...page, items: replaceIn(page.items, "id", video) })),
        };
      },
    );
    // A task started in another tab joins this tab's history with one fetch.
    if (!listed) void queryClient.invalidateQueries({ queryKey: videoKeys.lists() });
    return;
  }
  void queryClient.invalidateQueries({ queryKey: event.kind === "asset" ? assetKeys.all : videoKeys.all });
}
