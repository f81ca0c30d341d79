import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { xoroshiro128plusFromState } from "pure-rand/generator/xoroshiro128plus";
import type { RandomGenerator } from "pure-rand/types/RandomGenerator";

/**
 * Random streams. Every (seed, stream name, block index) has its own xoroshiro128+ generator whose
 * state is a hash of the three, so a block's numbers do not depend on which worker draws them or in
 * which order, and two scenarios sharing an input name share its stream (common random numbers).
 */

export type Rng = RandomGenerator;

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

function hashString(text: string, salt: number): number {
  let h = salt ^ 0x9e3779b9;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    h = (h << 13) | (h >>> 19);
  }
  return fmix32(h ^ text.length);
}

export function streamFor(seed: number, name: string, block: number): Rng {
  const a = hashString(name, seed | 0);
  const b = fmix32(a ^ Math.imul(block + 1, 0x27d4eb2f));
  const c = fmix32(b ^ (seed | 0) ^ 0x165667b1);
  const d = fmix32(c ^ Math.imul(block + 7, 0x61c88647) ^ a);
  const state = [a, b, c, d === 0 && a === 0 && b === 0 && c === 0 ? 1 : d];
  const rng = xoroshiro128plusFromState(state);
  // Discard a few outputs: hashed states are fine, but this also spreads nearby seeds further apart.
  for (let i = 0; i < 8; i++) rng.next();
  return rng;
}

const HALF_ULP = 2 ** -54;

/** Uniform in the open interval (0, 1). */
export function uniformOpen(rng: Rng): number {
  return uniformFloat64(rng) + HALF_ULP;
}
