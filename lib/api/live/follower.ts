import type { Asset } from "@/lib/schemas/asset";
import type { LiveEvent } from "@/lib/schemas/live-event";
import { isTerminalVideoStatus, type VideoTask } from "@/lib/schemas/video";

// The server follows each processing asset and unfinished video task once, however many pages
// (tabs, users) watch it, and tells every listener what changed. It learns what to follow from
// the BFF's own answers (lists, gets, creates, uploads), asks the provider again with a growing
// delay while nothing changes (processing assets all in one list call where the provider can),
// and lets go once the item settles. Listeners hear of an item
// when it is first followed and at each change. Nothing is followed while
// nobody listens: the last listener to leave stops every timer.

export type LiveKind = "asset" | "video";

export interface FollowerSources {
  /** The asset as the BFF answers it now; null once the provider no longer has it. */
  asset: (assetId: string) => Promise<Asset | null>;
  /** The task as the BFF answers it now; null once the provider no longer has it. */
  video: (videoId: string) => Promise<VideoTask | null>;
  /**
   * The processing assets in one call (a page of them), where the provider lists by status:
   * every followed asset is then checked by one sweep instead of one call each, and only one
   * that left the list is asked for by id.
   */
  processingAssets?: () => Promise<Asset[]>;
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
  const sweep = { timer: undefined as ReturnType<typeof setTimeout> | undefined, running: false };
  let sweepDelayMs = backoff.firstMs;
  const sweeps = (kind: LiveKind) => kind === "asset" && sources.processingAssets !== undefined;

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
    if (sweeps(item.kind)) return scheduleSweep();
    item.timer = setTimeout(() => void check(item), item.delayMs);
    item.timer.unref?.();
  }

  function scheduleSweep() {
    if (sweep.timer || sweep.running) return;
    sweep.timer = setTimeout(() => void sweepAssets(), sweepDelayMs);
    sweep.timer.unref?.();
  }

  const followedAssets = () => [...followed.values()].filter((item) => item.kind === "asset");

  /** One item's own answer: whether it changed (gone counts), or null when the call failed. */
  async function readOne(item: Followed): Promise<boolean | null> {
    let value: Value | null;
    try {
      value = await (item.kind === "asset" ? sources.asset(item.id) : sources.video(item.id));
    } catch (error) {
      if (isCurrent(item)) options.onError?.(error, item.kind, item.id);
      return null;
    }
    // Settled, forgotten or everyone left while the call was out.
    if (!isCurrent(item)) return false;
    if (value === null) {
      stop(item);
      emit({ type: "gone", kind: item.kind, id: item.id });
      return true;
    }
    return see(item, value);
  }

  /** Every followed asset from one list of the processing ones; those that left it, by id. */
  async function sweepAssets() {
    sweep.timer = undefined;
    sweep.running = true;
    let changed = false;
    try {
      const processing = await sources.processingAssets!();
      const listed = new Map(processing.map((asset) => [asset.assetId, asset]));
      for (const item of followedAssets()) {
        const value = listed.get(item.id);
        if (value) changed = see(item, value) || changed;
        else changed = (await readOne(item)) === true || changed;
      }
      // Uploads made elsewhere (another app, the API) are followed too.
      notice("asset", processing);
    } catch (error) {
      options.onError?.(error, "asset", "(processing list)");
    } finally {
      sweep.running = false;
    }
    sweepDelayMs = changed ? backoff.firstMs : grow(sweepDelayMs);
    if (listeners.size > 0 && followedAssets().length > 0) scheduleSweep();
    else sweepDelayMs = backoff.firstMs;
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
    const changed = await readOne(item);
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
        clearTimeout(sweep.timer);
        sweep.timer = undefined;
        sweepDelayMs = backoff.firstMs;
      };
    },
    /** What the BFF answered about assets: processing ones are followed, settled ones let go. */
    noticeAssets: (assets: readonly Asset[]) => notice("asset", assets),
    /** What the BFF answered about video tasks: unfinished ones are followed, finished ones let go. */
    noticeVideos: (tasks: readonly VideoTask[]) => notice("video", tasks),
    /** The items followed now, with the delay before each one's next check. */
    following: () =>
      [...followed.values()].map(({ kind, id, delayMs }) => ({
        kind,
        id,
        delayMs: sweeps(kind) ? sweepDelayMs : delayMs,
      })),
    listenerCount: () => listeners.size,
  };
}
