#!/usr/bin/env node
/**
 * Fits the entity scorer's weights (src/extract/data/entity-weights.json), after `npm run build`:
 *
 *   node scripts/fit-extract-weights.mjs          fit, print each fit's train/dev main F1, keep the best
 *   node scripts/fit-extract-weights.mjs --write  the same, then write the kept weights
 *   --extra DIR          also train on an annotated corpus outside the repository (layout of
 *                        test/fixtures/reports; every split but "test" is training); repeatable
 *   --unset-only         fit only the features the prior leaves at 0 (the others keep their prior)
 *   --features a,b       fit only the features named (the others keep their prior)
 *   --dev-half DIR       score the fits also on a fixed half of DIR (its documents sorted by
 *                        name, every second one from the first) and train on the other half
 *   --dev-extra DIR      also score the fits on an annotated corpus outside the repository, all of it
 *                        held back from training (a split: train on some corpora, check on others);
 *                        repeatable
 *   --cv                 cross-validation: the folds are the repository's train split, its dev split,
 *                        the news set and each half (by name) of every --extra corpus; each fit is
 *                        trained on all folds but one and scored by main F1 on the one left out, and
 *                        the fit kept is the one whose pooled held-back main F1 beats the prior's
 *                        (refitted on every fold); the prior when none does
 *   --objective claim    (default) the examples are the figures whose extracted claim is main-correct
 *                        apart from its owner: a gold claim's span holds the figure with the same value,
 *                        and a claim of that value, unit and metric was extracted, so that choosing
 *                        the gold owner is a main match gained; `--objective figure` takes every figure
 *                        a gold claim holds (the older objective)
 *   --flip-weighted      with the claim objective, an example weighs as many gold claims as its owner decides
 *   --list-misses        print each claim right but for the owner the prior chose, with the candidates
 *   --keep-best-fit      keep the best fit even when the prior scores higher (to measure it elsewhere)
 *   --losses a,b         the losses tried: softmax (multinomial logistic regression over the candidates)
 *                        and hinge (pairwise ranking: the best gold candidate above the best other one by
 *                        a margin); both by default
 *
 * Every fit is stochastic gradient descent in an order drawn from a fixed seed, with an L2 pull
 * towards the hand-set prior in the weights file. The fits tried are each loss × each pull of
 * PRIOR_PULLS × a flat pull or a pull per feature scaled by how few examples carry it (a feature
 * that differs between the candidates of fewer than SUPPORT_FULL examples is pulled that many times
 * harder, so that a rare feature keeps near its prior). They are chosen by main F1 of the real
 * extraction, never by choice accuracy: without --cv by the dev split (and the dev half of a
 * --dev-half corpus), with --cv by the pooled held-back folds; a tie goes to the prior. A document
 * is extracted again only when the new weights change one of its entity decisions (the winner, or
 * the cue that decided for it); otherwise its claims are those of the prior.
 *
 * Training data: the TRAIN split of test/fixtures/reports/{fr,en} and the news set, plus the --extra
 * corpora and the training half of a --dev-half corpus, recorded by name in the weights file's "fit".
 * A feature the prior does not list (a new one) starts at 0. Same data, seed and prior: same weights.
 * No test split is ever read (asserted below).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { readDocumentFile } = await import(join(root, "dist/src/documents/index.js"));
const { extractClaims, scoreClaims, combineScores, ENTITY_FEATURES, defaultGazetteer } = await import(
  join(root, "dist/src/extract/index.js")
);
const { valuesAgree, entitySet } = await import(join(root, "dist/src/extract/score.js"));
const { decidingCue } = await import(join(root, "dist/src/extract/assemble/entity.js"));

const WEIGHTS_FILE = join(root, "src/extract/data/entity-weights.json");
const SEED = 20261203;
const EPOCHS = 40;
const LEARNING_RATE = 0.05;
/** How strongly the weights are pulled back to the prior, per example (each is fitted and scored). */
const PRIOR_PULLS = [0.002, 0.01, 0.05];
/** Below this many examples carrying it, a feature's pull is scaled by SUPPORT_FULL / its count. */
const SUPPORT_FULL = 20;
/** The hinge loss's margin: the best gold candidate should score this much above the best other. */
const MARGIN = 1;
const LOSSES = ["softmax", "hinge"];

const json = (path) => JSON.parse(readFileSync(path, "utf8"));
const args = process.argv.slice(2);

/** The values following each `--name` on the command line. */
function optionValues(name) {
  return args.flatMap((a, i) => (a === name && args[i + 1] ? [resolve(args[i + 1])] : []));
}
function optionText(name, fallback) {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
}

/**
 * A reports corpus's documents whose split `keep` accepts; the test split is refused outright.
 * `corpus` defaults to the repository's test/fixtures/reports.
 */
function reportDocuments(keep, corpus = join(root, "test/fixtures/reports")) {
  const docs = [];
  for (const language of ["fr", "en"]) {
    const dir = join(corpus, language);
    if (!existsSync(join(dir, "index.json"))) continue;
    for (const [file, entry] of Object.entries(json(join(dir, "index.json")))) {
      if (entry.split === "test" || !keep(entry.split)) continue;
      if (entry.split === "test") throw new Error(`${file}: a test document reached the fitting script`);
      docs.push({
        name: file,
        path: join(dir, file),
        gold: join(dir, "gold", file.replace(/\.(?:txt|md|html)$/u, ".json")),
        published: entry.published ?? null,
        language,
      });
    }
  }
  return docs.filter((doc) => existsSync(doc.gold));
}

function newsDocuments() {
  const dir = join(root, "test/fixtures/news");
  return Object.entries(json(join(dir, "published.json")))
    .map(([file, entry]) => ({
      name: file,
      path: join(dir, file),
      gold: join(root, "test/fixtures/gold-news", file.replace(/\.txt$/u, ".json")),
      published: entry.published,
      language: entry.language,
    }))
    .filter((doc) => existsSync(doc.gold));
}

/** The seeds (../shared/seeds, none when absent) and the demo corpus, each with its gold. */
function guardSets() {
  const seeds = join(root, "..", "shared", "seeds");
  const seedGold = join(root, "test/fixtures/gold");
  const seedDates = json(join(seedGold, "published.json"));
  const demo = join(root, "corpus/demo");
  const demoGold = join(root, "test/fixtures/gold-demo");
  const demoDates = json(join(demoGold, "published.json"));
  const documents = (dir, goldDir, dates, pattern) =>
    readdirSync(dir)
      .filter((f) => pattern.test(f) && f !== "README.md")
      .sort()
      .map((f) => ({
        name: f,
        path: join(dir, f),
        gold: join(goldDir, f.replace(pattern, ".json")),
        published: dates[f] ?? null,
      }))
      .filter((doc) => existsSync(doc.gold));
  return [
    { name: "the seeds", docs: existsSync(seeds) ? documents(seeds, seedGold, seedDates, /\.txt$/u) : [] },
    { name: "the demo corpus", docs: documents(demo, demoGold, demoDates, /\.(?:txt|md|html)$/u) },
  ];
}

const texts = new Map();
async function extract(doc, assembly) {
  if (!texts.has(doc.path)) {
    const read = await readDocumentFile(doc.path);
    if (!read.ok) throw new Error(`${doc.path}: ${read.error.message}`);
    texts.set(doc.path, read.value);
  }
  const { text, language } = texts.get(doc.path);
  return extractClaims(
    { text, language: doc.language ?? language, published: doc.published, document: doc.name },
    { assembly },
  );
}

const goldClaims = (doc) => {
  const gold = json(doc.gold);
  return Array.isArray(gold) ? gold : gold.claims;
};

const close = (a, b) =>
  a === b || (a !== null && b !== null && Math.abs(a - b) <= 0.01 * Math.max(Math.abs(a), Math.abs(b)));

/** The gold claims whose span holds the figure with the same value. */
function goldClaimsOf(figure, gold) {
  return gold.filter(
    (g) =>
      g.span &&
      g.span.start <= figure.span.start &&
      figure.span.end <= g.span.end &&
      ((close(g.value.low, figure.low) && close(g.value.high, figure.high)) ||
        close(g.value.low ?? g.value.high, figure.low ?? figure.high)),
  );
}

/**
 * With the claim objective, the gold claims of the figure that an extracted claim matches in all but
 * the owner, where that claim is the figure's own and carries the owner the decision chose (not a
 * claim another mention of the fact was merged into): same value, unit and metric, its span holding
 * the figure, its entity the chosen candidate's.
 */
function ownerOnlyClaims(figure, golds, claims, chosen) {
  return golds.filter((g) =>
    claims.some(
      (c) =>
        c.unit === g.unit &&
        c.metric === g.metric &&
        valuesAgree(c.value, g.value) &&
        c.span.start <= figure.span.start &&
        figure.span.end <= c.span.end &&
        sameOwner(c.entity, chosen),
    ),
  );
}

const gazetteer = defaultGazetteer();
const sameOwner = (a, b) => {
  const x = entitySet(a, gazetteer);
  const y = entitySet(b, gazetteer);
  return x.length > 0 && x.length === y.length && x.every((n, i) => n === y[i]);
};

const vectorOf = (option) => ENTITY_FEATURES.map((f) => option.features[f] ?? 0);
const scoreOf = (vector, w) => vector.reduce((s, x, f) => s + x * w[f], 0);
/** The winner as rankOptions picks it: the highest score, the first listed on a tie. */
function winner(vectors, w) {
  let best = 0;
  let top = scoreOf(vectors[0], w);
  for (let c = 1; c < vectors.length; c++) {
    const s = scoreOf(vectors[c], w);
    if (s > top) [best, top] = [c, s];
  }
  return best;
}

/**
 * One document read with the prior: its entity decisions (for telling whether other weights change
 * anything), its main score, and its examples.
 */
async function readDocument(doc, priorWeights, objective) {
  const gold = goldClaims(doc);
  const decisions = [];
  const { claims } = await extract(doc, { entityWeights: priorWeights, observe: (d) => decisions.push(d) });
  const examples = [];
  /** Figures whose claim is right but for the owner the prior chose: the gold owner a candidate or not. */
  const ownerMisses = { candidate: 0, absent: 0 };
  const seen = decisions.map((d) => {
    const vectors = d.options.map(vectorOf);
    const chosen = vectors.length ? winner(vectors, priorVector) : -1;
    const record = {
      vectors,
      features: d.options.map((o) => o.features),
      chosen,
      cue: chosen < 0 ? null : decidingCue(d.options[chosen].features, priorWeights),
    };
    if (chosen < 0) return record;
    const golds = goldClaimsOf(d.figure, gold);
    const owners = new Set(golds.map((g) => g.entity));
    if (owners.size !== 1) return record;
    const chosenName = d.options[chosen].value.name;
    const ownerOnly = ownerOnlyClaims(d.figure, golds, claims, chosenName).length;
    const decided = objective === "claim" ? ownerOnly : 1;
    if (decided === 0) return record;
    const [entity] = owners;
    const right = d.options.flatMap((o, i) => (sameOwner(o.value.name, entity) ? [i] : []));
    if (ownerOnly > 0 && !right.includes(chosen)) {
      ownerMisses[right.length ? "candidate" : "absent"]++;
      if (listMisses)
        console.log(
          `  owner miss ${doc.name} ${d.figure.low ?? d.figure.high} ${d.figure.unit}: gold ${entity}, chose ${chosenName} among ${d.options.map((o) => o.value.name).join(" | ")}`,
        );
    }
    if (right.length === 0 || right.length === d.options.length) return record;
    examples.push({ vectors, right, weight: flipWeighted ? decided : 1 });
    return record;
  });
  return { doc, gold, decisions: seen, prior: scoreClaims(claims, gold).main, examples, ownerMisses };
}

/** mulberry32: a small seeded generator, so that the order of examples is the same every run. */
function generator(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How many examples each feature can decide: its value differs between their candidates. */
function support(data) {
  return ENTITY_FEATURES.map(
    (_, f) => data.filter(({ vectors }) => vectors.some((v) => v[f] !== vectors[0][f])).length,
  );
}

/** The gradient of one example's loss, per feature (null when the hinge is already satisfied). */
function lossGradient(loss, { vectors, right }, w) {
  const scores = vectors.map((v) => scoreOf(v, w));
  if (loss === "hinge") {
    let r = right[0];
    for (const c of right) if (scores[c] > scores[r]) r = c;
    let o = -1;
    for (let c = 0; c < vectors.length; c++)
      if (!right.includes(c) && (o < 0 || scores[c] > scores[o])) o = c;
    if (scores[r] - scores[o] >= MARGIN) return null;
    return vectors[r].map((x, f) => vectors[o][f] - x);
  }
  const top = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - top));
  const total = exp.reduce((a, b) => a + b, 0);
  const rightTotal = right.reduce((a, c) => a + exp[c], 0);
  return w.map((_, f) => {
    let expected = 0;
    for (let c = 0; c < vectors.length; c++) expected += (exp[c] / total) * vectors[c][f];
    let observed = 0;
    for (const c of right) observed += (exp[c] / rightTotal) * vectors[c][f];
    return expected - observed;
  });
}

function fit(data, { loss, pull, bySupport }) {
  const w = [...priorVector];
  const counts = support(data);
  const pulls = counts.map((n) => (bySupport ? pull * Math.max(1, SUPPORT_FULL / Math.max(n, 1)) : pull));
  const random = generator(SEED);
  const order = data.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const k of order) {
      const gradient = lossGradient(loss, data[k], w);
      for (let f = 0; f < w.length; f++) {
        if (!free[f] || counts[f] === 0) continue;
        const step = gradient ? data[k].weight * gradient[f] : 0;
        w[f] -= LEARNING_RATE * (step + pulls[f] * (w[f] - priorVector[f]));
      }
    }
  }
  return w.map((x) => Math.round(x * 1000) / 1000);
}

function accuracy(data, w) {
  const right = data.filter(({ vectors, right: r }) => r.includes(winner(vectors, w))).length;
  return data.length ? right / data.length : 0;
}

/** Whether the weights change one of the document's entity decisions (its winner or deciding cue). */
function changes(read, w, weights) {
  return read.decisions.some(
    (d) =>
      d.chosen >= 0 &&
      (winner(d.vectors, w) !== d.chosen || decidingCue(d.features[d.chosen], weights) !== d.cue),
  );
}

/** The documents' main scores under the weights, and how many documents they change. */
async function mainScores(reads, w) {
  const weights = asWeights(w);
  let changed = 0;
  const scores = [];
  for (const read of reads) {
    if (!changes(read, w, weights)) {
      scores.push(read.prior);
      continue;
    }
    changed++;
    const { claims } = await extract(read.doc, { entityWeights: weights });
    scores.push(scoreClaims(claims, read.gold).main);
  }
  return { scores, changed };
}
const f1 = (scores) => Math.round(1000 * combineScores(scores).f1) / 10;

const file = json(WEIGHTS_FILE);
const priorVector = ENTITY_FEATURES.map((f) => file.prior[f] ?? 0);
const asWeights = (w) => Object.fromEntries(ENTITY_FEATURES.map((f, i) => [f, w[i]]));
const priorWeights = asWeights(priorVector);
/** An external corpus: outside the repository, by its folder's name. */
function externalCorpus(dir) {
  if (!relative(root, dir).startsWith(".."))
    throw new Error(`${dir}: --extra is for corpora outside the repository`);
  return basename(dir);
}
const objective = optionText("--objective", "claim");
if (!["claim", "figure"].includes(objective)) throw new Error(`--objective ${objective}: claim or figure`);
const losses = optionText("--losses", LOSSES.join(",")).split(",");
for (const loss of losses)
  if (!LOSSES.includes(loss)) throw new Error(`--losses: ${loss} is not one of ${LOSSES}`);
const crossValidate = args.includes("--cv");
/** With --keep-best-fit, the best fit is kept even when the prior scores higher (to measure it elsewhere). */
const keepBestFit = args.includes("--keep-best-fit");
/** With --flip-weighted, an example weighs as many claims as its decision gains or loses. */
const flipWeighted = args.includes("--flip-weighted");
/** With --list-misses, each claim right but for the owner the prior chose is printed as it is read. */
const listMisses = args.includes("--list-misses");
const extras = optionValues("--extra");
const devHalves = optionValues("--dev-half");
const devExtras = optionValues("--dev-extra");
/** With --unset-only, only the features the prior leaves at 0 are fitted; the others keep the prior. */
const unsetOnly = args.includes("--unset-only");
/** With --features a,b, only the features named are fitted; the others keep the prior. */
const onlyFeatures = optionText("--features", "")
  .split(",")
  .filter((name) => name !== "");
for (const name of onlyFeatures)
  if (!ENTITY_FEATURES.includes(name)) throw new Error(`--features: ${name} is not an entity feature`);
const free = ENTITY_FEATURES.map(
  (name, i) => (!unsetOnly || priorVector[i] === 0) && (!onlyFeatures.length || onlyFeatures.includes(name)),
);
const byName = (a, b) => (a.language + a.name < b.language + b.name ? -1 : 1);
const half = (docs, parity) => [...docs].sort(byName).filter((_, i) => i % 2 === parity);

const fits = losses.flatMap((loss) =>
  PRIOR_PULLS.flatMap((pull) => [false, true].map((bySupport) => ({ loss, pull, bySupport }))),
);
const describe = ({ loss, pull, bySupport }) => `${loss}, pull ${pull}${bySupport ? " by support" : ""}`;

async function readAll(docs) {
  const reads = [];
  for (const doc of docs) reads.push(await readDocument(doc, priorWeights, objective));
  return reads;
}
const examplesOf = (reads) => reads.flatMap((r) => r.examples);
/** What weights can mend: the prior's owner errors on claims otherwise right, and how many have the gold owner as a candidate. */
function ownerMissLine(reads) {
  const candidate = reads.reduce((n, r) => n + r.ownerMisses.candidate, 0);
  const absent = reads.reduce((n, r) => n + r.ownerMisses.absent, 0);
  return `claims right but for the owner the prior chose: ${candidate + absent} (the gold owner a candidate in ${candidate}, no candidate in ${absent})`;
}

/** The seeds and the demo corpus: trained on in every fit, and no fit is kept that lowers their main F1. */
const guards = guardSets();
for (const guard of guards) guard.reads = await readAll(guard.docs);
const guardExamples = examplesOf(guards.flatMap((guard) => guard.reads));
/** The guards' main F1 under the weights, and whether none is below its prior's. */
async function guardsHold(w) {
  const parts = [];
  let hold = true;
  for (const guard of guards) {
    const before = f1(guard.reads.map((r) => r.prior));
    const after = f1((await mainScores(guard.reads, w)).scores);
    if (after < before) hold = false;
    parts.push(`${guard.name} ${before === after ? after : `${before} → ${after}`}`);
  }
  return { hold, text: parts.join(", ") };
}

let kept;
let record;
if (crossValidate) {
  if (devHalves.length || devExtras.length)
    throw new Error("--cv makes its own folds: give the corpora with --extra");
  const folds = [
    { name: "reports fr+en train split", docs: reportDocuments((split) => split === "train") },
    { name: "reports fr+en dev split", docs: reportDocuments((split) => split === "dev") },
    { name: "the news set", docs: newsDocuments() },
    ...extras.flatMap((dir) => {
      const docs = reportDocuments(() => true, dir);
      const name = externalCorpus(dir);
      return [
        { name: `${name} even half by name (outside the repository)`, docs: half(docs, 0) },
        { name: `${name} odd half by name (outside the repository)`, docs: half(docs, 1) },
      ];
    }),
  ];
  for (const fold of folds) fold.reads = await readAll(fold.docs);
  const all = [...examplesOf(folds.flatMap((fold) => fold.reads)), ...guardExamples];
  console.log(
    `cross-validation over ${folds.length} folds, ${all.length} entity examples (objective: ${objective}):`,
  );
  for (const fold of folds)
    console.log(
      `  ${fold.name}: ${fold.docs.length} documents, ${examplesOf(fold.reads).length} examples, prior main F1 ${f1(fold.reads.map((r) => r.prior))}`,
    );
  console.log(ownerMissLine(folds.flatMap((fold) => fold.reads)));
  const priorPooled = f1(folds.flatMap((fold) => fold.reads.map((r) => r.prior)));
  console.log(`prior: pooled held-back main F1 ${priorPooled}`);
  const results = [];
  for (const setting of fits) {
    const pooled = [];
    const perFold = [];
    let changed = 0;
    for (const fold of folds) {
      const others = folds.filter((other) => other !== fold).flatMap((o) => o.reads);
      const w = fit([...examplesOf(others), ...guardExamples], setting);
      const held = await mainScores(fold.reads, w);
      pooled.push(...held.scores);
      perFold.push(f1(held.scores));
      changed += held.changed;
    }
    const score = f1(pooled);
    const guard = await guardsHold(fit(all, setting));
    console.log(
      `${describe(setting)}: pooled held-back main F1 ${score} (folds ${perFold.join(" / ")}; ${changed} documents changed); refitted on all: ${guard.text}`,
    );
    if (guard.hold) results.push({ setting, score });
  }
  const best = results.reduce((a, b) => (b.score > a.score ? b : a), {
    setting: null,
    score: keepBestFit ? Number.NEGATIVE_INFINITY : priorPooled,
  });
  const trainDocs = folds.flatMap((fold) => fold.docs);
  kept = best.setting ? fit(all, best.setting) : [...priorVector];
  console.log(
    best.setting
      ? `kept: ${describe(best.setting)} refitted on every fold (pooled held-back main F1 ${best.score}, prior ${priorPooled})`
      : `kept: the prior (no fit beats its pooled held-back main F1 ${priorPooled})`,
  );
  record = {
    crossValidation: folds.map((fold) => fold.name),
    chosen: best.setting ? describe(best.setting) : "the prior",
    examples: all.length,
    documents: trainDocs.length + guards.reduce((n, guard) => n + guard.docs.length, 0),
    sets: [...folds.map((fold) => fold.name), ...guards.map((guard) => guard.name)],
    pooledHeldBackMainF1: best.score,
    priorPooledHeldBackMainF1: priorPooled,
  };
} else {
  const train = [
    ...reportDocuments((split) => split === "train"),
    ...newsDocuments(),
    ...extras.flatMap((dir) => reportDocuments(() => true, dir)),
    ...devHalves.flatMap((dir) =>
      half(
        reportDocuments(() => true, dir),
        1,
      ),
    ),
  ];
  const dev = [
    ...reportDocuments((split) => split === "dev"),
    ...devExtras.flatMap((dir) => reportDocuments(() => true, dir)),
    ...devHalves.flatMap((dir) =>
      half(
        reportDocuments(() => true, dir),
        0,
      ),
    ),
  ];
  const trainReads = await readAll(train);
  const devReads = await readAll(dev);
  const data = [...examplesOf(trainReads), ...guardExamples];
  const devData = examplesOf(devReads);
  console.log(
    `${data.length} entity examples from ${train.length} training documents; ${devData.length} from ${dev.length} dev documents (objective: ${objective})`,
  );
  console.log(`train ${ownerMissLine(trainReads)}; dev ${ownerMissLine(devReads)}`);
  const priorDev = f1(devReads.map((r) => r.prior));
  console.log(
    `prior: choice accuracy ${(100 * accuracy(data, priorVector)).toFixed(1)} % (dev ${(100 * accuracy(devData, priorVector)).toFixed(1)} %), train main F1 ${f1(trainReads.map((r) => r.prior))}, dev main F1 ${priorDev}`,
  );
  let best = { setting: null, w: [...priorVector], devF1: keepBestFit ? Number.NEGATIVE_INFINITY : priorDev };
  for (const setting of fits) {
    const w = fit(data, setting);
    const devScores = await mainScores(devReads, w);
    const devF1 = f1(devScores.scores);
    const trainF1 = f1((await mainScores(trainReads, w)).scores);
    console.log(
      `${describe(setting)}: choice accuracy ${(100 * accuracy(data, w)).toFixed(1)} % (dev ${(100 * accuracy(devData, w)).toFixed(1)} %), train main F1 ${trainF1}, dev main F1 ${devF1} (${devScores.changed} dev documents changed)`,
    );
    const guard = await guardsHold(w);
    console.log(`  ${guard.text}`);
    if (guard.hold && devF1 > best.devF1) best = { setting, w, devF1 };
  }
  kept = best.w;
  console.log(
    best.setting
      ? `kept: ${describe(best.setting)} (dev main F1 ${best.devF1}, prior ${priorDev})`
      : `kept: the prior (no fit beats its dev main F1 ${priorDev})`,
  );
  record = {
    chosen: best.setting ? describe(best.setting) : "the prior",
    examples: data.length,
    documents: train.length + guards.reduce((n, guard) => n + guard.docs.length, 0),
    sets: [
      "reports fr+en train split",
      "the news set",
      ...guards.map((guard) => guard.name),
      ...extras.map((dir) => `${externalCorpus(dir)} (all splits; outside the repository)`),
      ...devHalves.map((dir) => `${externalCorpus(dir)} odd half by name (outside the repository)`),
    ],
    devSets: [
      "reports fr+en dev split",
      ...devHalves.map((dir) => `${externalCorpus(dir)} even half by name (outside the repository)`),
      ...devExtras.map((dir) => `${externalCorpus(dir)} (all splits; outside the repository)`),
    ],
    devMainF1: best.devF1,
    devChoiceAccuracy: Math.round(1000 * accuracy(devData, best.w)) / 10,
  };
}
const keptWeights = asWeights(kept);
for (const f of ENTITY_FEATURES)
  if (keptWeights[f] !== priorWeights[f])
    console.log(`  ${f.padEnd(22)} ${String(priorWeights[f]).padStart(8)} → ${keptWeights[f]}`);
if (args.includes("--write")) {
  const options = [
    ...(crossValidate ? [" --cv"] : []),
    ...extras.map((d) => ` --extra ${externalCorpus(d)}`),
    ...devHalves.map((d) => ` --dev-half ${externalCorpus(d)}`),
    ...devExtras.map((d) => ` --dev-extra ${externalCorpus(d)}`),
    ...(unsetOnly ? [" --unset-only"] : []),
    ...(onlyFeatures.length ? [` --features ${onlyFeatures.join(",")}`] : []),
    ...(objective !== "claim" ? [` --objective ${objective}`] : []),
    ...(flipWeighted ? [" --flip-weighted"] : []),
    ...(keepBestFit ? [" --keep-best-fit"] : []),
    ...(losses.join(",") !== LOSSES.join(",") ? [` --losses ${losses.join(",")}`] : []),
  ];
  const fitRecord = {
    seed: SEED,
    epochs: EPOCHS,
    learningRate: LEARNING_RATE,
    priorPulls: PRIOR_PULLS,
    supportFull: SUPPORT_FULL,
    margin: MARGIN,
    objective,
    fitted: onlyFeatures.length
      ? onlyFeatures.join(", ")
      : unsetOnly
        ? "the features the prior leaves at 0"
        : "every feature",
    ...record,
    reproduce: `node scripts/fit-extract-weights.mjs --write${options.join("")}`,
  };
  writeFileSync(
    WEIGHTS_FILE,
    `${JSON.stringify({ ...file, fit: fitRecord, weights: keptWeights }, null, 2)}\n`,
  );
  console.log(`wrote ${WEIGHTS_FILE}`);
}
