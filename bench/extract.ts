/**
 * Extraction throughput. Generates a deterministic French + English corpus of report-like
 * documents (figures with scales and currencies, hedges, ranges, periods, companies, filler),
 * then times, in MB/s (median of the runs):
 *   1. extractClaims — the whole extraction, document by document;
 *   2. findQuantities — the numbers recognizer alone, on the same documents;
 *   3. @microsoft/recognizers-text-suite recognizeNumber + recognizeCurrency (fr-fr / en-us) —
 *      on a slice of the corpus when the whole would take too long (the output says so).
 *
 *   npx tsc -p . --outDir /tmp/out && node /tmp/out/bench/extract.js [--mb 5] [--runs 5]
 *
 * `--peer-runs 0` skips the peer. `--snapshot` prints every document's extraction as one JSON line
 * and times nothing: two snapshots compared with `diff` show whether a speed change kept the
 * output byte-identical on the generated corpus. `--against DIR` also times another build's
 * extraction (DIR is its compiled output, holding `bench/extract.js`, e.g. main's) in turns with
 * this one, one fresh process each, `--runs` rounds (each process times several passes and gives
 * their median), and prints the ratio of their median rates.
 */
import { execFileSync } from "node:child_process";
import { writeSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { setFlagsFromString } from "node:v8";
import type { Language } from "../src/core/index.js";
import { extractClaims } from "../src/extract/index.js";
import { findQuantities } from "../src/extract/numbers/index.js";
import { generator } from "./random.js";

// As the CLI runs extraction (src/cli/main.ts): patterns compiled to native code on first use.
setFlagsFromString("--no-regexp-tier-up");

const { values } = parseArgs({
  options: {
    mb: { type: "string", default: "5" },
    runs: { type: "string", default: "5" },
    "peer-runs": { type: "string", default: "3" },
    snapshot: { type: "boolean", default: false },
    against: { type: "string" },
  },
});
const TARGET_BYTES = Number(values.mb) * 1024 * 1024;
const RUNS = Number(values.runs);
const PEER_RUNS = Number(values["peer-runs"]);

const COMPANIES = [
  "OpenAI",
  "Anthropic",
  "xAI",
  "Nvidia",
  "Oracle",
  "Microsoft",
  "SoftBank",
  "AMD",
  "Broadcom",
];
const OUTLETS = ["Reuters", "le Financial Times", "The Information", "Bloomberg", "Les Echos"];
const SPACES = [" ", "\u00a0", "\u202f"];

type Pick = <T>(list: readonly T[]) => T;
interface Ctx {
  c: string;
  d: string;
  o: string;
  y: number;
  n: (max: number, decimals?: number) => string;
  sp: string;
}
type Sentence = (x: Ctx) => string;

const FR: Sentence[] = [
  (x) =>
    `Selon ${x.o}, ${x.c} a réalisé un chiffre d'affaires de ${x.n(40, 1)} milliards de dollars en ${x.y}.`,
  (x) =>
    `${x.c} prévoit de dépenser environ ${x.n(900)} milliards de dollars en puissance de calcul d'ici ${x.y}.`,
  (x) => `Au premier semestre ${x.y}, ${x.c} a enregistré des pertes de ${x.n(20, 1)} milliards de dollars.`,
  (x) => `${x.c} compte désormais plus de ${x.n(900)} millions d'utilisateurs actifs par semaine.`,
  (x) => `Le contrat signé avec ${x.d} porterait sur ${x.n(30)} gigawatts de capacité d'ici ${x.y}.`,
  (x) =>
    `Chaque gigawatt coûterait entre ${x.n(40)} et ${Number(x.n(40)) + 45} milliards de dollars, selon ${x.o}.`,
  (x) => `${x.c} s'est engagée à hauteur de plus d'un trillion de dollars auprès de ${x.d}.`,
  (x) => `La valorisation de ${x.c} pourrait atteindre ${x.n(9)}${x.sp}000 milliards de dollars.`,
  (x) =>
    `${x.d} investirait jusqu'à ${x.n(100)} milliards de dollars dans ${x.c}, soit ${x.n(90)} % du tour.`,
  (x) =>
    `La marge brute ajustée de ${x.c} est tombée à ${x.n(60)} % en ${x.y}, contre ${x.n(60)} % un an plus tôt.`,
  (x) => `Des dizaines de milliards de dollars ont déjà été promis par ${x.d} et ses partenaires.`,
  (x) =>
    `Le groupe a levé ${x.n(40, 1)} Md$ auprès de ${x.d}, pour une valorisation de près de ${x.n(500)} milliards.`,
  (x) =>
    `L'abonnement coûte ${x.n(30)} $ par mois, et ${x.c} revendique un million de clients professionnels.`,
  (x) =>
    `Au troisième trimestre ${x.y}, ${x.c} a livré ${x.n(900)}${x.sp}000 puces, contre ${x.n(500)}${x.sp}000 l'an dernier.`,
];
const EN: Sentence[] = [
  (x) => `According to ${x.o}, ${x.c} recorded revenue of $${x.n(40, 1)} billion in ${x.y}.`,
  (x) => `${x.c} plans to spend about $${x.n(900)} billion on compute by ${x.y}.`,
  (x) => `${x.c} reported a net loss of $${x.n(20, 1)}B in the first half of ${x.y}.`,
  (x) => `${x.c} now counts more than ${x.n(900)} million weekly active users, up from ${x.n(500)} million.`,
  (x) => `The deal with ${x.d} covers up to ${x.n(30)} GW of capacity through ${x.y}.`,
  (x) => `Each gigawatt costs between $${x.n(40)} billion and $${Number(x.n(40)) + 45} billion, ${x.o} said.`,
  (x) => `${x.d} agreed to invest as much as $${x.n(100)}bn in ${x.c}, roughly ${x.n(90)}% of the round.`,
  (x) =>
    `${x.c} was valued at $${x.n(900)} billion in a secondary sale, people familiar with the matter said.`,
  (x) => `Hundreds of billions of dollars in commitments now sit on the books of ${x.c}'s suppliers.`,
  (x) => `Its ${x.y} revenue run-rate topped $${x.n(30)} billion, with ${x.n(900)},000 GPUs deployed.`,
  (x) => `The warrant covers ${x.n(160)} million shares at an exercise price of $0.${x.n(99)} per share.`,
];
const FILLER: Record<Language, string[]> = {
  fr: [
    "Les analystes restent partagés sur la rentabilité de ces investissements, qui engagent l'entreprise sur plusieurs années.",
    "Cette stratégie repose sur l'idée que la demande de calcul continuera de croître plus vite que l'offre disponible.",
    "Plusieurs observateurs s'interrogent sur la capacité du secteur à financer de tels montants sans recourir à la dette.",
    "Le calendrier de mise en service des centres de données dépend des raccordements électriques et des autorisations locales.",
  ],
  en: [
    "Analysts remain divided over whether these investments will ever pay off, given the years of commitments involved.",
    "The strategy rests on the belief that demand for compute will keep outgrowing the supply that can be brought online.",
    "Several observers question how the industry can finance such sums without leaning heavily on debt markets.",
    "The timing of new data centers depends on grid connections, permits and the delivery of transformers.",
  ],
};

interface Doc {
  text: string;
  language: Language;
  name: string;
}

function corpus(bytes: number): Doc[] {
  const rand = generator(20251105);
  const pick: Pick = (list) => list[Math.floor(rand() * list.length)]!;
  const docs: Doc[] = [];
  let total = 0;
  while (total < bytes) {
    const language: Language = docs.length % 2 === 0 ? "fr" : "en";
    const parts: string[] = [];
    const size = 2000 + Math.floor(rand() * 6000);
    let length = 0;
    while (length < size) {
      const x: Ctx = {
        c: pick(COMPANIES),
        d: pick(COMPANIES),
        o: pick(OUTLETS),
        y: 2023 + Math.floor(rand() * 8),
        n: (max, decimals = 0) => {
          const v = 1 + rand() * (max - 1);
          const s = decimals > 0 ? v.toFixed(decimals) : String(Math.round(v));
          return language === "fr" ? s.replace(".", ",") : s;
        },
        sp: pick(SPACES),
      };
      const sentence = rand() < 0.6 ? pick(language === "fr" ? FR : EN)(x) : pick(FILLER[language]);
      parts.push(sentence);
      length += sentence.length + 1;
      if (rand() < 0.25) parts.push("\n");
    }
    const text = parts.join(" ");
    docs.push({ text, language, name: `bench-${docs.length}.txt` });
    total += Buffer.byteLength(text, "utf8");
  }
  return docs;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

interface Timing {
  /** Wall-clock milliseconds of each run. */
  ms: number[];
  /** CPU milliseconds of each run (user + system): what one core spent, whatever else the machine ran. */
  cpuMs: number[];
  count: number;
}

function time(runs: number, body: () => number): Timing {
  const timing: Timing = { ms: [], cpuMs: [], count: 0 };
  for (let r = 0; r < runs; r++) timeOnce(timing, body);
  return timing;
}

function timeOnce(into: Timing, body: () => number): void {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  into.count = body();
  into.ms.push(performance.now() - t0);
  const cpu = process.cpuUsage(cpu0);
  into.cpuMs.push((cpu.user + cpu.system) / 1000);
}

const MB = 1024 * 1024;
const docs = corpus(TARGET_BYTES);
if (values.snapshot) {
  for (const d of docs) {
    const result = extractClaims({
      text: d.text,
      language: d.language,
      published: "2025-11",
      document: d.name,
    });
    // Written at once: console.log to a pipe is asynchronous, and the exit below would cut it short.
    writeSync(1, `${JSON.stringify({ doc: d.name, ...result })}\n`);
  }
  process.exit(0);
}
const bytes = docs.reduce((sum, d) => sum + Buffer.byteLength(d.text, "utf8"), 0);
console.log(
  `corpus: ${docs.length} documents, ${(bytes / MB).toFixed(2)} MB (French and English), ${RUNS} runs`,
);

const rate = (b: number, ms: number): string => (b / MB / (ms / 1000)).toPrecision(3);

// warm-up, so the medians measure compiled code
for (const d of docs.slice(0, 50)) {
  findQuantities(d.text, d.language);
  extractClaims({ text: d.text, language: d.language, published: "2025-11", document: d.name });
}

// The two are timed in turns, so that a change in the machine's load weighs on both alike.
const numbers: Timing = { ms: [], cpuMs: [], count: 0 };
const extraction: Timing = { ms: [], cpuMs: [], count: 0 };
for (let r = 0; r < RUNS; r++) {
  timeOnce(numbers, () => {
    let n = 0;
    for (const d of docs) n += findQuantities(d.text, d.language).length;
    return n;
  });
  timeOnce(extraction, () => {
    let n = 0;
    for (const d of docs)
      n += extractClaims({ text: d.text, language: d.language, published: "2025-11", document: d.name })
        .claims.length;
    return n;
  });
}
const numbersMs = median(numbers.ms);
const extractMs = median(extraction.ms);
const numbersCpu = median(numbers.cpuMs);
const extractCpu = median(extraction.cpuMs);
console.log(
  `findQuantities: ${rate(bytes, numbersMs)} MB/s (median ${numbersMs.toFixed(0)} ms; ${numbers.count} quantities); per core ${rate(bytes, numbersCpu)} MB/s of CPU time`,
);
console.log(
  `extractClaims:  ${rate(bytes, extractMs)} MB/s (median ${extractMs.toFixed(0)} ms; ${extraction.count} claims); per core ${rate(bytes, extractCpu)} MB/s of CPU time`,
);
console.log(
  `ratio extractClaims / findQuantities: ${(numbersMs / extractMs).toFixed(2)} (CPU time ${(numbersCpu / extractCpu).toFixed(2)})`,
);

/**
 * Timed passes in each child: the first passes after the warm-up still run code V8 has not finished
 * optimizing, so a single pass per process measures the warm-up as much as the build.
 */
const PASSES_PER_CHILD = 3;

/**
 * One fresh process of a build's bench (this one's or another's): the median over its timed passes
 * of its whole extraction's MB/s per core of CPU time. Fresh processes, because two builds loaded
 * into one process do not run alike: the one loaded second was measured slower than in a process of
 * its own.
 */
function rateInChild(script: string): number {
  const args = [script, "--mb", String(values.mb), "--runs", String(PASSES_PER_CHILD), "--peer-runs", "0"];
  const out = execFileSync(process.execPath, args, { encoding: "utf8" });
  const m = /extractClaims:.*per core ([\d.]+) MB\/s/u.exec(out);
  if (!m) throw new Error(`${script}: no extractClaims line in its output`);
  return Number(m[1]);
}

/** This build against another (`--against DIR`, DIR holding its compiled bench/extract.js), in turns. */
function compareAgainst(dir: string): void {
  const theirs: number[] = [];
  const ours: number[] = [];
  const other = join(resolve(dir), "bench/extract.js");
  for (let r = 0; r < RUNS; r++) {
    if (r % 2 === 0) theirs.push(rateInChild(other));
    ours.push(rateInChild(fileURLToPath(import.meta.url)));
    if (r % 2 === 1) theirs.push(rateInChild(other));
  }
  const [t, o] = [median(theirs), median(ours)];
  console.log(
    `against ${dir}, ${RUNS} rounds of one fresh process each (${PASSES_PER_CHILD} timed passes, median): median ${t.toPrecision(3)} MB/s per core there, ${o.toPrecision(3)} here: ${(o / t).toFixed(3)}× (rounds: ${ours.map((x, i) => (x / theirs[i]!).toFixed(2)).join(" ")})`,
  );
}
if (values.against) compareAgainst(values.against);

if (PEER_RUNS <= 0) process.exit(0);

// The peer: Microsoft Recognizers-Text (CommonJS build), resolved beside this file or, when the
// bench was compiled to a folder outside the project, from the working directory.
type Suite = typeof import("@microsoft/recognizers-text-suite");
function loadPeer(): Suite {
  try {
    return createRequire(import.meta.url)("@microsoft/recognizers-text-suite") as Suite;
  } catch {
    return createRequire(join(process.cwd(), "package.json"))("@microsoft/recognizers-text-suite") as Suite;
  }
}
const peer = loadPeer();
const culture = (language: Language): string =>
  language === "fr" ? peer.Culture.French : peer.Culture.English;
const runPeer = (slice: Doc[]): number => {
  let n = 0;
  for (const d of slice) {
    n += peer.recognizeNumber(d.text, culture(d.language)).length;
    n += peer.recognizeCurrency(d.text, culture(d.language)).length;
  }
  return n;
};
// Probe on about 10 KB to decide whether the whole corpus is affordable.
const probe: Doc[] = [];
let probeBytes = 0;
for (const d of docs) {
  if (probeBytes >= 10 * 1024) break;
  probe.push(d);
  probeBytes += Buffer.byteLength(d.text, "utf8");
}
runPeer(probe.slice(0, 4));
const probeTime = time(1, () => runPeer(probe));
const projected = (median(probeTime.ms) / probeBytes) * bytes * PEER_RUNS;
let peerDocs = docs;
let peerBytes = bytes;
const PEER_BUDGET_MS = 60_000;
if (projected > PEER_BUDGET_MS) {
  // The largest slice whose runs fit the budget, and never less than the probe.
  const sliceBytes = Math.max(probeBytes, (bytes * PEER_BUDGET_MS) / projected);
  peerDocs = [];
  peerBytes = 0;
  for (const d of docs) {
    if (peerBytes >= sliceBytes) break;
    peerDocs.push(d);
    peerBytes += Buffer.byteLength(d.text, "utf8");
  }
  console.log(
    `recognizers-text: the whole corpus would take about ${(projected / 1000).toFixed(0)} s for ${PEER_RUNS} runs; timed on a ${(peerBytes / 1024).toFixed(0)} KB slice instead`,
  );
}
const peerTime = time(PEER_RUNS, () => runPeer(peerDocs));
const peerMs = median(peerTime.ms);
const peerRate = peerBytes / MB / (peerMs / 1000);
console.log(
  `recognizers-text (recognizeNumber + recognizeCurrency): ${peerRate.toFixed(3)} MB/s (median ${peerMs.toFixed(0)} ms on ${(peerBytes / MB).toFixed(2)} MB; ${peerTime.count} results)`,
);
const numbersRate = bytes / MB / (numbersMs / 1000);
const extractRate = bytes / MB / (extractMs / 1000);
console.log(`ratio findQuantities / recognizers-text: ${(numbersRate / peerRate).toFixed(0)}×`);
console.log(`ratio extractClaims / recognizers-text:  ${(extractRate / peerRate).toFixed(0)}×`);
