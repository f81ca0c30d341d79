import assert from "node:assert/strict";
import { describe, it, test } from "node:test";
import type { Claim, Metric } from "../../src/core/index.js";
import { defaultGazetteer, type Gazetteer } from "../../src/extract/gazetteer.js";
import { extractClaims } from "../../src/extract/index.js";
import { entitySet } from "../../src/extract/score.js";

/**
 * One runner for the probe tests of src/extract: tables of invented sentences, each row a wording of a
 * construction and what it must be read as. Rows that must pass run together in one test, or one test
 * each; rows not met yet run as `todo`, each with its reason.
 */

export type Language = "fr" | "en";

/** A row not met yet, with the reason: it would need a mechanism of its own. */
export type OpenProbe<P> = readonly [probe: P, reason: string];

export interface ProbeTable<P> {
  /** The name of the test of every row, or of the suite of one test a row. */
  title: string;
  rows: readonly P[];
  /** How a row is shown in test names and in the list of rows that fail. */
  label: (row: P) => string;
  /** What the row reads wrong: empty when it is met. */
  wrong: (row: P) => readonly string[];
  /** Rows not met yet, each a `todo` test named "not read yet: …" with its reason. */
  open?: readonly OpenProbe<P>[];
}

/** One test of every row (listing each row that fails and why), then a `todo` test for each open row. */
export function runProbeTable<P>({ title, rows, label, wrong, open = [] }: ProbeTable<P>): void {
  test(title, () => {
    const failing = rows.flatMap((row) => {
      const problems = wrong(row);
      return problems.length === 0 ? [] : [`${label(row)} → ${problems.join(", ")}`];
    });
    assert.deepEqual(failing, []);
  });
  for (const [row, reason] of open)
    test(`not read yet: ${label(row)}`, { todo: reason }, () => {
      assert.deepEqual(wrong(row), []);
    });
}

/** A suite of one test a row; a row whose `todo` gives a reason runs as `todo`. */
export function runProbeRows<P>({
  title,
  rows,
  label,
  wrong,
  todo,
}: Omit<ProbeTable<P>, "open"> & { todo: (row: P) => string | undefined }): void {
  describe(title, () => {
    for (const row of rows) {
      const reason = todo(row);
      it(label(row), reason ? { todo: reason } : {}, () => {
        assert.deepEqual(wrong(row), []);
      });
    }
  });
}

/** How probe sentences are read: the publication date, and the gazetteer when not the default one. */
export interface ProbeReading {
  published?: string;
  gazetteer?: Gazetteer;
}

/**
 * A reader of invented probe sentences over extractClaims: every claim of the text, published on
 * `published` (2025-06-15 unless said) and read with `gazetteer` (the default one unless given).
 */
export function probeReader({ published = "2025-06-15", gazetteer }: ProbeReading = {}) {
  return (text: string, language: Language, on = published): Claim[] => {
    const input = { text, language, published: on, document: "probe.txt" };
    return extractClaims(input, gazetteer ? { gazetteer } : {}).claims;
  };
}

/** The claims whose low end, or high end when it has none, is `value`. */
export function claimsOfValue(claims: readonly Claim[], value: number): Claim[] {
  return claims.filter((c) => (c.value.low ?? c.value.high) === value);
}

/** The metrics a figure was read as: those of the claims of `value`, or of every claim when no value is given. */
export function metricsRead(claims: readonly Claim[], value?: number): Metric[] {
  return [...new Set((value === undefined ? claims : claimsOfValue(claims, value)).map((c) => c.metric))];
}

/** What a probe's figure read as anything but the one `metric` gets wrong: empty when it reads just that. */
export function notReadAs(read: readonly Metric[], metric: Metric): string[] {
  return read.length === 1 && read[0] === metric ? [] : [`${JSON.stringify(read)} (${metric})`];
}

/** A sentence whose figure must be read as `metric`; `value` names the figure when the sentence has several. */
export type MetricProbe = readonly [language: Language, sentence: string, metric: Metric, value?: number];

/** A reader of probe sentences, as probeReader makes them. */
export type ProbeRead = ReturnType<typeof probeReader>;

/** The metrics a metric probe's figure is read as. */
export function metricsOfProbe(read: ProbeRead, [language, text, , value]: MetricProbe): Metric[] {
  return metricsRead(read(text, language), value);
}

/** One test that every metric probe's figure is read as its metric and no other; a `todo` test an open probe. */
export function runMetricProbes(
  title: string,
  rows: readonly MetricProbe[],
  open: readonly OpenProbe<MetricProbe>[],
  read: ProbeRead,
): void {
  runProbeTable({
    title,
    rows,
    open,
    label: (probe) => probe[1],
    wrong: (probe) => notReadAs(metricsOfProbe(read, probe), probe[2]),
  });
}

const DEFAULT = defaultGazetteer();

/**
 * Whether two owners name the same company or group as the scorer compares them (score.ts): "A+B" is
 * split on "+", each name made canonical and folded, and the names compared as a set.
 */
export function sameGroup(a: string | null, b: string | null, gazetteer: Gazetteer = DEFAULT): boolean {
  return entitySet(a, gazetteer).join("+") === entitySet(b, gazetteer).join("+");
}

/** The claims in the order of the text, shown as "owner→counterparty/metric" for a failing row. */
export function ownersShown(claims: readonly Claim[]): string {
  return claims.map((c) => `${c.entity}→${c.counterparty}/${c.metric}`).join("; ") || "no claim";
}

/** The owners of the claims whose value is within 1 % of `value`, in an invented text read as a probe. */
export function ownersOfValue(text: string, value: number, language: Language = "en"): string[] {
  return extractClaims({ text, language, published: "2025-06-15", document: "d.md" })
    .claims.filter((c) => Math.abs(((c.value.low ?? c.value.high ?? 0) - value) / value) < 0.01)
    .map((c) => c.entity ?? "");
}

/** Fails unless the figure of `value` in `text` has one owner, `entity`. */
export function assertOwner(text: string, value: number, entity: string, language: Language = "en"): void {
  const owners = ownersOfValue(text, value, language);
  assert.deepEqual(owners, [entity], `${text}\n  expected ${entity}, got ${JSON.stringify(owners)}`);
}

/** Fails unless one owner of the figure of `value` in `text`, read under a title, is `entity` (a group compared as a set). */
export function assertOwnedUnderTitle(
  text: string,
  value: number,
  entity: string,
  language: Language = "en",
): void {
  const owners = ownersOfValue(`Titre\n\n${text}`, value, language);
  assert.ok(
    owners.some((o) => sameGroup(o, entity)),
    `${text}\n  expected ${entity}, got ${JSON.stringify(owners)}`,
  );
}
