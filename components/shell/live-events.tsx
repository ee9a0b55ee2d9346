"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { openLiveStream } from "@/lib/queries/live-stream";

/** The tab's one live-status stream: asset and video changes land in the query cache. */
export function LiveEvents() {
  const queryClient = useQueryClient();
  useEffect(() => openLiveStream(queryClient), [queryClient]);
  return null;
}
