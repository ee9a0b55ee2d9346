"use client";

import { lazy, Suspense, useState, type ComponentType, type ReactNode } from "react";

/**
 * A part of the Playground that its first view does not show (the media blocks of the other modes,
 * a followed task, the history's rows, the takes): its code is downloaded when it is first
 * rendered, or earlier by `preload()` (on hover or focus of what shows it), and `fallback` holds
 * its place meanwhile so nothing jumps. A failed download is tried again by the next `preload()`.
 *
 * A part whose code is already in renders at once, without suspending: React holds content that
 * follows a fallback back for a moment (about 300 ms), which is what a preload is meant to save.
 */
export function lazyPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: ReactNode = null,
) {
  let loading: Promise<ComponentType<P>> | null = null;
  let loaded: ComponentType<P> | null = null;
  const fetchCode = () => {
    loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = null;
        throw error;
      },
    );
    return loading;
  };
  const Suspended = lazy(() => fetchCode().then((component) => ({ default: component })));
  function LazyPart(props: P) {
    // Chosen once per mount, so a part never switches between the two (which would remount it).
    const [Ready] = useState(() => loaded);
    if (Ready) return <Ready {...props} />;
    return (
      <Suspense fallback={fallback}>
        <Suspended {...props} />
      </Suspense>
    );
  }
  LazyPart.preload = () => void fetchCode().catch(() => undefined);
  /** Settles once the code is in (or could not be fetched): what opens the part may wait for it. */
  LazyPart.ready = () =>
    fetchCode().then(
      () => undefined,
      () => undefined,
    );
  return LazyPart;
}
