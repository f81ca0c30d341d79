/**
 * At most `size` model runs at once on a server, each holding a thread and up to the run limits'
 * memory; later requests wait their turn in arrival order, and leave the queue if their client goes.
 */
export interface RunSlots {
  /** Resolves with `release` once a slot is free; rejects with the signal's reason if it aborts first. */
  take(signal?: AbortSignal): Promise<() => void>;
  readonly waiting: number;
}

export function createRunSlots(size: number): RunSlots {
  let free = Math.max(1, size);
  const queue: Array<() => void> = [];
  const release = () => {
    const next = queue.shift();
    if (next) next();
    else free++;
  };
  return {
    get waiting() {
      return queue.length;
    },
    take(signal) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      if (free > 0) {
        free--;
        return Promise.resolve(once(release));
      }
      return new Promise((resolve, reject) => {
        const turn = () => {
          signal?.removeEventListener("abort", leave);
          resolve(once(release));
        };
        const leave = () => {
          const at = queue.indexOf(turn);
          if (at !== -1) queue.splice(at, 1);
          reject(signal?.reason);
        };
        queue.push(turn);
        signal?.addEventListener("abort", leave, { once: true });
      });
    },
  };
}

function once(body: () => void): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    body();
  };
}
