"use client";

import { lazy, Suspense, useCallback, useState, type ComponentType } from "react";

// Components whose code is downloaded when they are first needed, not with the page: dialogs,
// pickers and the libraries only they use (drop zone, QR code, form schemas). Each takes a loader
// that picks the named export: `() => import("./upload-dialog").then((m) => m.UploadDialog)`.

/** Loads the component the first time it renders; nothing shows while its code arrives. */
export function whenRendered<P extends object>(load: () => Promise<ComponentType<P>>) {
  const Loaded = lazy(() => load().then((component) => ({ default: component })));
  function WhenRendered(props: P) {
    return (
      <Suspense fallback={null}>
        <Loaded {...props} />
      </Suspense>
    );
  }
  return WhenRendered;
}

/**
 * A dialog with an `open` prop: nothing renders until it is first true, then the component loads
 * and stays mounted, so it closes with its animation and opens again at once.
 */
export function whenOpened<P extends { open: boolean }>(load: () => Promise<ComponentType<P>>) {
  const Loaded = whenRendered(load);
  function WhenOpened(props: P) {
    const [opened, setOpened] = useState(props.open);
    if (props.open && !opened) setOpened(true);
    return opened ? <Loaded {...props} /> : null;
  }
  return WhenOpened;
}

/**
 * Code a control fetches itself, before it is needed: `prefetch` starts the download (on hover or
 * focus of a trigger) and `loaded` is the module once it has arrived. A failed download is tried
 * again on the next `prefetch`.
 */
export function useOnDemand<T>(load: () => Promise<T>) {
  const [loaded, setLoaded] = useState<T | null>(null);
  const prefetch = useCallback(() => {
    void load().then(
      (module) => setLoaded(() => module),
      () => undefined,
    );
  }, [load]);
  return { loaded, prefetch };
}
