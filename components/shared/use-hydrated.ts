import { useSyncExternalStore } from "react";

const subscribe = () => () => undefined;

/**
 * False on the server and while hydrating, true afterwards. Values that depend on the browser
 * (its time zone) are shown once this is true, so the server's HTML always hydrates cleanly.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
