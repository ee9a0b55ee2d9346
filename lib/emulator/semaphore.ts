// A counting semaphore whose waiters can give up (a cancelled render leaves the queue at once).

export interface Semaphore {
  acquire(signal?: AbortSignal): Promise<() => void>;
  readonly active: number;
  readonly waiting: number;
}

export function createSemaphore(limit: number): Semaphore {
  let active = 0;
  const queue: { grant: () => void; signal?: AbortSignal }[] = [];

  const release = () => {
    active -= 1;
    while (queue.length > 0) {
      const next = queue.shift()!;
      if (next.signal?.aborted) continue;
      active += 1;
      next.grant();
      return;
    }
  };
  const once = () => {
    let released = false;
    return () => {
      if (!released) {
        released = true;
        release();
      }
    };
  };

  return {
    get active() {
      return active;
    },
    get waiting() {
      return queue.length;
    },
    acquire(signal) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      if (active < limit) {
        active += 1;
        return Promise.resolve(once());
      }
      return new Promise((resolve, reject) => {
        const entry = { grant: () => resolve(once()), signal };
        queue.push(entry);
        signal?.addEventListener(
          "abort",
          () => {
            const index = queue.indexOf(entry);
            if (index >= 0) queue.splice(index, 1);
            reject(signal.reason);
          },
          { once: true },
        );
      });
    },
  };
}

/** Resolves after `ms`, or rejects with the signal's reason when aborted first. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
