// Checks and fills the spans of a gold annotation file against the text the documents stage
// analyses (for .md and .html that text differs from the raw file).
//
//   npm run build && node scripts/fill-gold-spans.mjs DOCUMENT GOLD.json [--write]
//
// Each claim's span is set to an occurrence of its quote: the one already named by the span when
// it matches, else the occurrence nearest to the old start. `document` becomes the file name.
// Without --write the file is only checked; the exit code is 1 when a claim needs attention.
import { readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { readDocumentFile } from "../dist/src/documents/index.js";

const BOUND_ENDS = {
  exact: (v) => v.low !== null && v.low === v.high,
  approx: (v) => v.low !== null && v.low === v.high,
  at_least: (v) => v.low !== null && v.high === null,
  at_most: (v) => v.low === null && v.high !== null,
  up_to: (v) => v.low === null && v.high !== null,
  range: (v) => v.low !== null && v.high !== null && v.low < v.high,
};

function occurrences(text, quote) {
  const starts = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) starts.push(at);
  return starts;
}

function placeSpan(text, claim) {
  const old = claim.span ?? { start: 0, end: 0 };
  if (text.slice(old.start, old.end) === claim.quote) return { span: old, moved: false };
  const starts = occurrences(text, claim.quote);
  if (starts.length === 0) return null;
  const start = starts.reduce((best, at) =>
    Math.abs(at - old.start) < Math.abs(best - old.start) ? at : best,
  );
  return { span: { start, end: start + claim.quote.length }, moved: true };
}

const [documentPath, goldPath, ...flags] = process.argv.slice(2);
if (!documentPath || !goldPath) {
  console.error("usage: node scripts/fill-gold-spans.mjs DOCUMENT GOLD.json [--write]");
  process.exit(2);
}
const read = await readDocumentFile(documentPath);
if (!read.ok) {
  console.error(`${documentPath}: ${read.error.message}`);
  process.exit(2);
}
const { text } = read.value;
const gold = JSON.parse(readFileSync(goldPath, "utf8"));
let problems = 0;
let moved = 0;
const filled = gold.map((claim, i) => {
  const where = `${goldPath} claim ${i + 1}`;
  if (!BOUND_ENDS[claim.value?.bound]?.(claim.value)) {
    console.log(`${where}: bound ${claim.value?.bound} disagrees with its ends`);
    problems++;
  }
  const placed = placeSpan(text, claim);
  if (placed === null) {
    console.log(`${where}: quote not in the analysed text: ${JSON.stringify(claim.quote)}`);
    problems++;
    return claim;
  }
  if (placed.moved) moved++;
  return { ...claim, span: placed.span, document: basename(documentPath) };
});
if (flags.includes("--write"))
  writeFileSync(goldPath, `[\n${filled.map((c) => `  ${JSON.stringify(c)}`).join(",\n")}\n]\n`);
console.log(
  `${goldPath}: ${gold.length} claims, ${moved} spans ${flags.includes("--write") ? "moved" : "to move"}, ${problems} problems`,
);
process.exit(problems > 0 || (moved > 0 && !flags.includes("--write")) ? 1 : 0);
