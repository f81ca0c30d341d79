import { type CorrelationSpec, cholesky } from "./compile.js";
import { normalQuantile } from "./distributions.js";
import { type Rng, uniformOpen } from "./rng.js";

/**
 * Iman–Conover rank correlation, applied per block: the sampled columns keep their values
 * (marginals untouched) and are only re-ordered so that their ranks follow correlated normal
 * scores. The scores' target correlation is the Spearman request converted to Pearson.
 */

export interface ImanConover {
  apply(columns: Float64Array[], n: number, rng: Rng): void;
}

export function createImanConover(spec: CorrelationSpec, size: number): ImanConover {
  const k = spec.columns.length;
  const target = cholesky(spec.target)!;
  const scores = Array.from({ length: k }, () => new Float64Array(size));
  const mixed = Array.from({ length: k }, () => new Float64Array(size));
  const order = new Uint32Array(size);
  const sorted = new Float64Array(size);
  let base = new Float64Array(0);
  return {
    apply(columns, n, rng) {
      if (base.length !== n)
        base = Float64Array.from({ length: n }, (_, i) => normalQuantile((i + 1) / (n + 1)));
      for (let j = 0; j < k; j++) {
        const s = scores[j]!;
        s.set(base);
        for (let i = n - 1; i > 0; i--) {
          const r = Math.floor(uniformOpen(rng) * (i + 1));
          const tmp = s[i]!;
          s[i] = s[r]!;
          s[r] = tmp;
        }
      }
      // Correlation of the permuted scores, its Cholesky factor E = F·Fᵀ, then T = S·F⁻ᵀ·Pᵀ.
      const e: number[][] = Array.from({ length: k }, () => new Array<number>(k).fill(0));
      for (let a = 0; a < k; a++)
        for (let b = 0; b <= a; b++) {
          let sum = 0;
          const x = scores[a]!;
          const y = scores[b]!;
          for (let i = 0; i < n; i++) sum += x[i]! * y[i]!;
          e[a]![b] = sum;
          e[b]![a] = sum;
        }
      const norm = e.map((row, a) => row.map((v, b) => v / Math.sqrt(e[a]![a]! * e[b]![b]!)));
      const f = cholesky(norm);
      if (!f) return;
      // M = P·F⁻¹ (lower triangular): solve F·X = I column by column.
      const fInv: number[][] = Array.from({ length: k }, () => new Array<number>(k).fill(0));
      for (let c = 0; c < k; c++) {
        for (let r = 0; r < k; r++) {
          let s = r === c ? 1 : 0;
          for (let p = 0; p < r; p++) s -= f[r]![p]! * fInv[p]![c]!;
          fInv[r]![c] = s / f[r]![r]!;
        }
      }
      const m: number[][] = Array.from({ length: k }, (_, r) =>
        Array.from({ length: k }, (_, c) => {
          let s = 0;
          for (let p = 0; p < k; p++) s += target[r]![p]! * fInv[p]![c]!;
          return s;
        }),
      );
      for (let r = 0; r < k; r++) {
        const out = mixed[r]!;
        out.fill(0, 0, n);
        for (let c = 0; c <= r; c++) {
          const w = m[r]![c]!;
          if (w === 0) continue;
          const s = scores[c]!;
          for (let i = 0; i < n; i++) out[i]! += w * s[i]!;
        }
      }
      // Re-order each column so its ranks follow the mixed scores' ranks.
      for (let j = 0; j < k; j++) {
        const column = columns[spec.columns[j]!]!;
        const t = mixed[j]!;
        sorted.set(column.subarray(0, n));
        sorted.subarray(0, n).sort();
        const idx = order.subarray(0, n);
        for (let i = 0; i < n; i++) idx[i] = i;
        idx.sort((a, b) => t[a]! - t[b]! || a - b);
        for (let rank = 0; rank < n; rank++) column[idx[rank]!] = sorted[rank]!;
      }
    },
  };
}
