"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  parseAssetUrlState,
  patchAssetUrlState,
  toAssetSearch,
  type AssetUrlState,
} from "@/lib/assets/asset-url-state";

type Patch = Partial<AssetUrlState> | ((current: AssetUrlState) => Partial<AssetUrlState>);

/**
 * The Assets table's filters and page, kept in the URL.
 *
 * The URL is read with useSearchParams and written with history.replaceState (Next's router picks
 * it up). The table follows a local copy that changes in the same render as the click, so the
 * request starts at once; waiting for the router's own (transition) update first cost a visible
 * delay on every filter change. A URL change made elsewhere (a link to /assets) is adopted.
 * Replace, not push: typing a search must not fill the history.
 */
export function useAssetUrlState() {
  const params = useSearchParams();
  const pathname = usePathname();
  const fromUrl = useMemo(() => parseAssetUrlState(params), [params]);
  const [state, setState] = useState(fromUrl);
  // What this hook wrote and the router has not echoed yet (in order), to tell its own echoes,
  // even late ones, from a navigation made elsewhere.
  const [pending, setPending] = useState<readonly string[]>([]);
  const [seen, setSeen] = useState(fromUrl);
  if (seen !== fromUrl) {
    setSeen(fromUrl);
    const echo = pending.indexOf(toAssetSearch(fromUrl));
    if (echo >= 0) {
      setPending(pending.slice(echo + 1));
    } else {
      setPending([]);
      setState(fromUrl);
    }
  }

  const current = useRef(state);
  useEffect(() => {
    current.current = state;
  });
  const update = useCallback(
    (patch: Patch) => {
      const base = current.current;
      const next = patchAssetUrlState(base, typeof patch === "function" ? patch(base) : patch);
      const search = toAssetSearch(next);
      // Nothing changes: no write, so the router owes no echo either.
      if (search === toAssetSearch(base)) return;
      current.current = next;
      setState(next);
      setPending((writes) => [...writes, search]);
      window.history.replaceState(null, "", `${pathname}${search}`);
    },
    [pathname],
  );
  return [state, update] as const;
}
