"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { videoHistoryQuery } from "@/lib/queries/videos";

/** The task history, newest first: the query (for its states and "Load more") and its tasks so far. */
export function useVideoHistory(limit: number) {
  const query = useInfiniteQuery(videoHistoryQuery(limit));
  const tasks = useMemo(() => (query.data?.pages ?? []).flatMap((page) => page.items), [query.data]);
  return { query, tasks };
}

export type VideoHistoryQuery = ReturnType<typeof useVideoHistory>["query"];
