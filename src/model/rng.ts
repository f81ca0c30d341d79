import type { RandomGenerator } from "pure-rand/types/RandomGenerator";

/**
 * Random streams. Every (seed, stream name, block index) has its own xoroshiro128+ generator whose
 * state is a hash of the three, so a block's numbers do not depend on which worker draws them or in
 * which order, and two scenarios sharing an input name share its stream (common random numbers).
 *
 * The generator is pure-rand's xoroshiro128+ (same state layout, same outputs, checked by
 * rng.test.ts) with a bulk fill that keeps the state in locals: most draws are made a block at a time.
 */

const SCALE26 = 2 ** -26;
const SCALE53 = 2 ** -53;
const MASK26 = 0x3ffffff;
const MASK27 = 0x7ffffff;
const HALF_ULP = 2 ** -54;

export class Rng implements RandomGenerator {
  constructor(
    private s01: number,
    private s00: number,
    private s11: number,
    private s10: number,
  ) {}

  clone(): Rng {
    return new Rng(this.s01, this.s00, this.s11, this.s10);
  }

  getState(): readonly number[] {
    return [this.s01, this.s00, this.s11, this.s10];
  }

  next(): number {
    const out = (this.s00 + this.s10) | 0;
    const a0 = this.s10 ^ this.s00;
    const a1 = this.s11 ^ this.s01;
    const s00 = this.s00;
    const s01 = this.s01;
    this.s00 = (s00 << 24) ^ (s01 >>> 8) ^ a0 ^ (a0 << 16);
    this.s01 = (s01 << 24) ^ (s00 >>> 8) ^ a1 ^ ((a1 << 16) | (a0 >>> 16));
    this.s10 = (a1 << 5) ^ (a0 >>> 27);
    this.s11 = (a0 << 5) ^ (a1 >>> 27);
    return out;
  }

  /** out[from, to) = successive uniformOpen draws. */
  fillUniformOpen(out: Float64Array, from: number, to: number): void {
    let s00 = this.s00;
    let s01 = this.s01;
    let s10 = this.s10;
    let s11 = this.s11;
    for (let i = from; i < to; i++) {
      const hi = ((s00 + s10) | 0) & MASK26;
      let a0 = s10 ^ s00;
      let a1 = s11 ^ s01;
      let t00 = (s00 << 24) ^ (s01 >>> 8) ^ a0 ^ (a0 << 16);
      let t01 = (s01 << 24) ^ (s00 >>> 8) ^ a1 ^ ((a1 << 16) | (a0 >>> 16));
      s10 = (a1 << 5) ^ (a0 >>> 27);
      s11 = (a0 << 5) ^ (a1 >>> 27);
      s00 = t00;
      s01 = t01;
      const lo = ((s00 + s10) | 0) & MASK27;
      a0 = s10 ^ s00;
      a1 = s11 ^ s01;
      t00 = (s00 << 24) ^ (s01 >>> 8) ^ a0 ^ (a0 << 16);
      t01 = (s01 << 24) ^ (s00 >>> 8) ^ a1 ^ ((a1 << 16) | (a0 >>> 16));
      s10 = (a1 << 5) ^ (a0 >>> 27);
      s11 = (a0 << 5) ^ (a1 >>> 27);
      s00 = t00;
      s01 = t01;
      out[i] = hi * SCALE26 + lo * SCALE53 + HALF_ULP;
    }
    this.s00 = s00;
    this.s01 = s01;
    this.s10 = s10;
    this.s11 = s11;
  }
}

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
  const rng = new Rng(state[0]!, state[1]!, state[2]!, state[3]!);
  // Discard a few outputs: hashed states are fine, but this also spreads nearby seeds further apart.
  for (let i = 0; i < 8; i++) rng.next();
  return rng;
}

/** Uniform in the open interval (0, 1). */
export function uniformOpen(rng: Rng): number {
  return (rng.next() & MASK26) * SCALE26 + (rng.next() & MASK27) * SCALE53 + HALF_ULP;
}
