"use client";

import { lazy, Suspense, type ComponentType, type ReactNode } from "react";

/**
 * A part of the Playground that its first view does not show (the media blocks of the other modes,
 * a followed task, the history's rows, the takes): its code is downloaded when it is first
 * rendered, or earlier by `preload()` (on hover or focus of what shows it), and `fallback` holds
 * its place meanwhile so nothing jumps. A failed download is tried again by the next `preload()`.
 */
export function lazyPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: ReactNode = null,
) {
  let loading: Promise<ComponentType<P>> | null = null;
  const fetchCode = () => {
    loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return loading;
  };
  const Loaded = lazy(() => fetchCode().then((component) => ({ default: component })));
  function LazyPart(props: P) {
    return (
      <Suspense fallback={fallback}>
        <Loaded {...props} />
      </Suspense>
    );
  }
  LazyPart.preload = () => void fetchCode().catch(() => undefined);
  return LazyPart;
}
