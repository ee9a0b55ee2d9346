// Remembers an async answer for a while: callers within `ttlMs` of the last answer get it again,
// and callers while one is on its way share it, so a burst of requests makes one call.

export function cachedFor<T>(ttlMs: number, load: () => Promise<T>, now = Date.now): () => Promise<T> {
  let current: { value: Promise<T>; until: number } | null = null;
  return () => {
    if (current && now() < current.until) return current.value;
    const entry = { value: load(), until: Number.POSITIVE_INFINITY };
    current = entry;
    entry.value.then(
      () => (entry.until = now() + ttlMs),
      () => (entry.until = now() + ttlMs),
    );
    return entry.value;
  };
}
