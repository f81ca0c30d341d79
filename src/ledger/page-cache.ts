/**
 * Pages read from the ledger, kept until its next write. On an embedded ledger only the process
 * holding the PGlite folder lock can write the folder, and every write goes through its one store,
 * so a count of writes started and finished is an exact revision. On PostgreSQL other processes
 * write too: their commits are told by notices (`changed`), and nothing is kept while no notice
 * could come (`keep(false)`). Concurrent readers of one page share one query; a read that
 * overlapped a write is not kept.
 */
export interface PageCache {
  read<T>(key: string, load: () => Promise<T>): Promise<T>;
  write<T>(body: () => Promise<T>): Promise<T>;
  /** Another process changed the ledger: no page read so far is served again. */
  changed(): void;
  /** While off, pages are read afresh and not kept (another process's writes would go unseen). */
  keep(on: boolean): void;
}

const MAX_ENTRIES = 256;

export function createPageCache(kept = true): PageCache {
  let generation = 0;
  let writing = kept ? 0 : 1;
  let entries = new Map<string, { generation: number; value: Promise<unknown> }>();
  return {
    read<T>(key: string, load: () => Promise<T>): Promise<T> {
      const known = entries.get(key);
      if (writing === 0 && known?.generation === generation) return known.value as Promise<T>;
      const value = load();
      if (writing === 0) {
        if (entries.size >= MAX_ENTRIES) entries = new Map();
        const entry = { generation, value };
        entries.set(key, entry);
        value.catch(() => {
          if (entries.get(key) === entry) entries.delete(key);
        });
      }
      return value;
    },
    changed() {
      generation++;
    },
    keep(on: boolean) {
      if (on === kept) return;
      kept = on;
      writing += on ? -1 : 1;
      generation++;
    },
    async write<T>(body: () => Promise<T>): Promise<T> {
      generation++;
      writing++;
      try {
        return await body();
      } finally {
        writing--;
        generation++;
      }
    },
  };
}
