"use client";

import { useEffect, useState } from "react";
import { useHydrated } from "@/components/shared/use-hydrated";
import { VIDEO_ID_PATTERN } from "@/lib/schemas/id-patterns";

const PARAM = "video";

const readFromUrl = (): string | null => {
  if (typeof window === "undefined") return null;
  const id = new URLSearchParams(window.location.search).get(PARAM);
  return id && VIDEO_ID_PATTERN.test(id) ? id : null;
};

/**
 * The task the result panel follows, kept in the URL (`/playground?video=<id>`): a reload or a
 * shared link reopens it. The server renders without it; once hydrated the URL's task is open,
 * and every change is written back with replaceState (Next's router picks it up), so opening
 * tasks does not fill the history.
 */
export function useActiveVideo(): [string | null, (next: string | null) => void] {
  const hydrated = useHydrated();
  const [fromUrl] = useState(readFromUrl);
  // undefined until the user opens, closes or starts a task: until then the URL's task is shown.
  const [chosen, setChosen] = useState<string | null | undefined>(undefined);
  const activeId = chosen !== undefined ? chosen : hydrated ? fromUrl : null;

  useEffect(() => {
    if (!hydrated) return;
    const url = new URL(window.location.href);
    if (url.searchParams.get(PARAM) === activeId) return;
    if (activeId) url.searchParams.set(PARAM, activeId);
    else url.searchParams.delete(PARAM);
    window.history.replaceState(window.history.state, "", url);
  }, [activeId, hydrated]);

  return [activeId, setChosen];
}
