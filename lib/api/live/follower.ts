import type { Asset } from "@/lib/schemas/asset";
import type { LiveEvent } from "@/lib/schemas/live-event";
import { isTerminalVideoStatus, type VideoTask } from "@/lib/schemas/video";

// The server follows each processing asset and unfinished video task once, however many pages
// (tabs, users) watch it, and tells every listener what changed. It learns what to follow from
// the BFF's own answers (lists, gets, creates, uploads), asks the provider again with a growing
// delay while nothing changes, and lets go once the item settles. Listeners hear of an item
// when it is first followed and at each change. Nothing is followed while
// nobody listens: the last listener to leave stops every timer.

export type LiveKind = "asset" | "video";

export interface FollowerSources {
  /** The asset as the BFF answers it now; null once the provider no longer has it. */
  asset: (assetId: string) => Promise<Asset | null>;
  /** The task as the BFF answers it now; null once the provider no longer has it. */
  video: (videoId: string) => Promise<VideoTask | null>;
}

export interface Backoff {
  /** Delay before the first check, and again after each change. */
  firstMs: number;
  /** The longest delay between two checks of one item. */
  maxMs: number;
  /** Each unchanged answer (or failed call) multiplies the delay by this. */
  factor: number;
}

export const DEFAULT_BACKOFF: Backoff = { firstMs: 1000, maxMs: 10_000, factor: 1.5 };

export interface FollowerOptions {
  backoff?: Backoff;
  /** Beyond this many items, new ones are not followed (the pages' fallback polling still works). */
  maxItems?: number;
  onError?: (error: unknown, kind: LiveKind, id: string) => void;
}

type Listener = (event: LiveEvent) => void;
type Value = Asset | VideoTask;

interface Followed {
  kind: LiveKind;
  id: string;
  snapshot: string;
  delayMs: number;
  timer: ReturnType<typeof setTimeout> | undefined;
}

const keyOf = (kind: LiveKind, id: string) => `${kind}:${id}`;
const idOf = (kind: LiveKind, value: Value) =>
  kind === "asset" ? (value as Asset).assetId : (value as VideoTask).id;

const isUnsettled = (kind: LiveKind, value: Value) =>
  kind === "asset"
    ? (value as Asset).status === "processing"
    : !isTerminalVideoStatus((value as VideoTask).status);

const eventOf = (kind: LiveKind, value: Value): LiveEvent =>
  kind === "asset" ? { type: "asset", asset: value as Asset } : { type: "video", video: value as VideoTask };

export type Follower = ReturnType<typeof createFollower>;

export function createFollower(sources: FollowerSources, options: FollowerOptions = {}) {
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const maxItems = options.maxItems ?? 1000;
  const listeners = new Set<Listener>();
  const followed = new Map<string, Followed>();

  const grow = (delayMs: number) => Math.min(backoff.maxMs, Math.round(delayMs * backoff.factor));

  function emit(event: LiveEvent) {
    for (const listener of listeners) listener(event);
  }

  const isCurrent = (item: Followed) => followed.get(keyOf(item.kind, item.id)) === item;

  function stop(item: Followed) {
    clearTimeout(item.timer);
    followed.delete(keyOf(item.kind, item.id));
  }

  function schedule(item: Followed) {
    item.timer = setTimeout(() => void check(item), item.delayMs);
    item.timer.unref?.();
  }

  /** Takes a state of the item: tells the listeners when it differs, lets go once it settled. */
  function see(item: Followed, value: Value): boolean {
    const snapshot = JSON.stringify(value);
    const changed = snapshot !== item.snapshot;
    item.snapshot = snapshot;
    if (changed) emit(eventOf(item.kind, value));
    if (!isUnsettled(item.kind, value)) stop(item);
    return changed;
  }

  async function check(item: Followed) {
    item.timer = undefined;
    let value: Value | null;
    try {
      value = await (item.kind === "asset" ? sources.asset(item.id) : sources.video(item.id));
    } catch (error) {
      if (!isCurrent(item)) return;
      options.onError?.(error, item.kind, item.id);
      item.delayMs = grow(item.delayMs);
      schedule(item);
      return;
    }
    // Settled, forgotten or everyone left while the call was out.
    if (!isCurrent(item)) return;
    if (value === null) {
      stop(item);
      emit({ type: "gone", kind: item.kind, id: item.id });
      return;
    }
    const changed = see(item, value);
    if (!isCurrent(item)) return;
    item.delayMs = changed ? backoff.firstMs : grow(item.delayMs);
    schedule(item);
  }

  function notice(kind: LiveKind, values: readonly Value[]) {
    if (listeners.size === 0) return;
    for (const value of values) {
      const id = idOf(kind, value);
      const known = followed.get(keyOf(kind, id));
      if (known) {
        see(known, value);
        continue;
      }
      if (!isUnsettled(kind, value) || followed.size >= maxItems) continue;
      const item: Followed = {
        kind,
        id,
        snapshot: JSON.stringify(value),
        delayMs: backoff.firstMs,
        timer: undefined,
      };
      followed.set(keyOf(kind, id), item);
      // Other pages learn of a new upload or task at once (theirs may not list it yet).
      emit(eventOf(kind, value));
      schedule(item);
    }
  }

  return {
    /** Starts listening; the returned function stops (the last one out stops all following). */
    subscribe(listener: Listener): () => void {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size > 0) return;
        for (const item of [...followed.values()]) stop(item);
      };
    },
    /** What the BFF answered about assets: processing ones are followed, settled ones let go. */
    noticeAssets: (assets: readonly Asset[]) => notice("asset", assets),
    /** What the BFF answered about video tasks: unfinished ones are followed, finished ones let go. */
    noticeVideos: (tasks: readonly VideoTask[]) => notice("video", tasks),
    /** The items followed now, with the delay before each one's next check. */
    following: () => [...followed.values()].map(({ kind, id, delayMs }) => ({ kind, id, delayMs })),
    listenerCount: () => listeners.size,
  };
}
