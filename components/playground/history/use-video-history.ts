"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { starredHistoryQuery } from "@/lib/queries/archive";
import { videoHistoryQuery } from "@/lib/queries/videos";

/**
 * The task history, newest first: the query (for its states and "Load more") and its tasks so
 * far; `starred` keeps the starred videos only.
 */
export function useVideoHistory(limit: number, { starred = false }: { starred?: boolean } = {}) {
  const everything = useInfiniteQuery({ ...videoHistoryQuery(limit), enabled: !starred });
  const starredOnly = useInfiniteQuery({ ...starredHistoryQuery(limit), enabled: starred });
  const query = starred ? starredOnly : everything;
  const tasks = useMemo(() => (query.data?.pages ?? []).flatMap((page) => page.items), [query.data]);
  return { query, tasks };
}

export type VideoHistoryQuery = ReturnType<typeof useVideoHistory>["query"];
