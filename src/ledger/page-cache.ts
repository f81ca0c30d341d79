/**
 * Pages read from an embedded ledger, kept until its next write. Only the process holding the
 * PGlite folder lock can write the folder, and every write goes through its one store, so a count
 * of writes started and finished is an exact revision. Concurrent readers of one page share one
 * query; a read that overlapped a write is not kept.
 */
export interface PageCache {
  read<T>(key: string, load: () => Promise<T>): Promise<T>;
  write<T>(body: () => Promise<T>): Promise<T>;
}

const MAX_ENTRIES = 256;

export function createPageCache(): PageCache {
  let generation = 0;
  let writing = 0;
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
