import type { CompiledInput, CorrelationSpec } from "./program.js";
import type { Scenario } from "./schema.js";

/** Pairwise rank correlations → one target matrix over the correlated input columns, checked PSD. */

export function compileCorrelations(
  scenario: Scenario,
  inputs: Map<string, CompiledInput>,
  fail: (message: string, index: number) => void,
): CorrelationSpec | null {
  if (scenario.correlations.length === 0) return null;
  const columns: number[] = [];
  const position = new Map<number, number>();
  let ok = true;
  scenario.correlations.forEach((c, i) => {
    for (const name of c.inputs) {
      const input = inputs.get(name);
      if (!input) {
        fail(`unknown input '${name}'`, i);
        ok = false;
        continue;
      }
      if (input.column < 0 || input.dist.kind === "point") {
        fail(
          `'${name}' is not drawn once per sample (a point, a schedule or per: period) and cannot be correlated`,
          i,
        );
        ok = false;
        continue;
      }
      if (!position.has(input.column)) {
        position.set(input.column, columns.length);
        columns.push(input.column);
      }
    }
    if (c.inputs[0] === c.inputs[1]) {
      fail("an input cannot be correlated with itself", i);
      ok = false;
    }
  });
  if (!ok) return null;
  const k = columns.length;
  const matrix: number[][] = Array.from({ length: k }, (_, i) =>
    Array.from({ length: k }, (_, j) => (i === j ? 1 : 0)),
  );
  scenario.correlations.forEach((c) => {
    const a = position.get(inputs.get(c.inputs[0])!.column)!;
    const b = position.get(inputs.get(c.inputs[1])!.column)!;
    // Iman–Conover matches Pearson correlation of normal scores; convert the requested Spearman rank.
    const r = 2 * Math.sin((Math.PI * c.rank) / 6);
    matrix[a]![b] = r;
    matrix[b]![a] = r;
  });
  if (!cholesky(matrix)) {
    fail(
      "the correlation matrix is not positive semi-definite (the pairwise values contradict each other)",
      0,
    );
    return null;
  }
  return { columns, target: matrix };
}

/** Lower-triangular L with L·Lᵀ = m, tolerating a positive semi-definite m; null when not PSD. */
export function cholesky(m: number[][]): number[][] | null {
  const k = m.length;
  const l = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let j = 0; j < k; j++) {
    let d = m[j]![j]!;
    for (let p = 0; p < j; p++) d -= l[j]![p]! ** 2;
    if (d < -1e-9) return null;
    const diag = d > 1e-12 ? Math.sqrt(d) : 0;
    l[j]![j] = diag;
    for (let i = j + 1; i < k; i++) {
      let s = m[i]![j]!;
      for (let p = 0; p < j; p++) s -= l[i]![p]! * l[j]![p]!;
      if (diag === 0) {
        if (Math.abs(s) > 1e-9) return null;
        l[i]![j] = 0;
      } else l[i]![j] = s / diag;
    }
  }
  return l;
}
