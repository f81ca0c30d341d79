import assert from "node:assert/strict";
import { test } from "node:test";
import { createPageCache } from "./page-cache.js";

function counter() {
  let loads = 0;
  return {
    load: async () => ++loads,
    get loads() {
      return loads;
    },
  };
}

test("concurrent reads of one page share one load, until a write", async () => {
  const cache = createPageCache();
  const source = counter();
  const values = await Promise.all([1, 2, 3].map(() => cache.read("k", source.load)));
  assert.deepEqual(values, [1, 1, 1]);
  assert.equal(await cache.read("k", source.load), 1);
  await cache.write(async () => undefined);
  assert.equal(await cache.read("k", source.load), 2);
  assert.equal(source.loads, 2);
});

test("a read while a write runs is not kept, and a failed load is forgotten", async () => {
  const cache = createPageCache();
  const source = counter();
  let finish = () => {};
  const writing = cache.write(() => new Promise<void>((resolve) => (finish = resolve)));
  assert.equal(await cache.read("k", source.load), 1);
  assert.equal(await cache.read("k", source.load), 2);
  finish();
  await writing;
  assert.equal(await cache.read("k", source.load), 3);
  assert.equal(await cache.read("k", source.load), 3);
  await assert.rejects(cache.read("bad", () => Promise.reject(new Error("no"))));
  assert.equal(await cache.read("bad", source.load), 4);
});

test("another process's change drops every kept page; nothing is kept while its changes could go unseen", async () => {
  const cache = createPageCache(false);
  const source = counter();
  assert.equal(await cache.read("k", source.load), 1);
  assert.equal(await cache.read("k", source.load), 2, "not kept before listening");
  cache.keep(true);
  assert.equal(await cache.read("k", source.load), 3);
  assert.equal(await cache.read("k", source.load), 3);
  cache.changed();
  assert.equal(await cache.read("k", source.load), 4);
  assert.equal(await cache.read("k", source.load), 4);
  cache.keep(false);
  assert.equal(await cache.read("k", source.load), 5, "a page kept before the notices stopped is not served");
  assert.equal(await cache.read("k", source.load), 6);
  cache.keep(true);
  assert.equal(await cache.read("k", source.load), 7);
  assert.equal(await cache.read("k", source.load), 7);
});
