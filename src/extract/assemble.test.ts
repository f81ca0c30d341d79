import assert from "node:assert/strict";
import { test } from "node:test";
import type { Bound, Claim } from "../core/index.js";
import { assembleClaims } from "./assemble/index.js";
import { defaultGazetteer } from "./gazetteer.js";
import type { QuantityMention } from "./numbers/types.js";

/** A quantity as the numbers stage would report it, located by its text (the n-th occurrence). */
function q(
  text: string,
  figure: string,
  low: number | null,
  high: number | null,
  bound: Bound,
  unit: string | null,
  options: { occurrence?: number; number?: string; vague?: boolean } = {},
): QuantityMention {
  let start = -1;
  for (let i = 0; i <= (options.occurrence ?? 0); i++) start = text.indexOf(figure, start + 1);
  assert.ok(start >= 0, `figure "${figure}" not in text`);
  const numberText = options.number ?? figure;
  const numberStart = text.indexOf(numberText, start);
  return {
    span: { start, end: start + figure.length },
    numberSpan: { start: numberStart, end: numberStart + numberText.length },
    low,
    high,
    bound,
    unit,
    vague: options.vague ?? false,
    currencyElided: false,
    notes: [],
  };
}

const gazetteer = defaultGazetteer();
function extract(
  text: string,
  quantities: QuantityMention[],
  published: string | null = "2026-02",
  language: "fr" | "en" = "fr",
) {
  const result = assembleClaims({ text, language, published, document: "t.txt" }, quantities, gazetteer);
  for (const claim of result.claims) assert.equal(claim.quote, text.slice(claim.span.start, claim.span.end));
  return result;
}
const find = (claims: Claim[], metric: string) => claims.filter((c) => c.metric === metric);

test("a loss over 'la même période' takes the previous figure's period; anaphora → the subject", () => {
  const text =
    "OpenAI accélère.\n\nL'entreprise a généré des revenus de 4,3 milliards de dollars au premier semestre de 2025, contre des pertes de 13,5 milliards de dollars durant la même période.";
  const { claims } = extract(text, [
    q(text, "4,3 milliards de dollars", 4.3e9, 4.3e9, "exact", "USD"),
    q(text, "13,5 milliards de dollars", 13.5e9, 13.5e9, "exact", "USD"),
  ]);
  const [revenue] = find(claims, "revenue");
  const [loss] = find(claims, "net_loss");
  assert.equal(revenue?.entity, "OpenAI");
  assert.deepEqual(revenue?.period, { start: "2025-01-01", end: "2025-06-30" });
  assert.deepEqual(loss?.period, { start: "2025-01-01", end: "2025-06-30" });
  assert.equal(loss?.entity, "OpenAI");
  assert.ok(!loss?.quote.includes("4,3"), "the loss quote does not hold the revenue figure");
  assert.match(loss?.explanation ?? "", /même période/);
});

test("elided currency and counterparty: '300 milliards avec Oracle'", () => {
  const text =
    "OpenAI signe encore.\n\nLe projet Stargate est un partenariat de 500 milliards de dollars. À cela s'ajoute un contrat cloud de 300 milliards avec Oracle.";
  const { claims } = extract(
    text,
    [
      q(text, "500 milliards de dollars", 5e11, 5e11, "exact", "USD"),
      q(text, "300 milliards", 3e11, 3e11, "exact", null),
    ],
    "2025-10",
  );
  const [stargate] = find(claims, "capex");
  assert.equal(stargate?.entity, "Stargate");
  const [contract] = find(claims, "compute_commitment");
  assert.equal(contract?.unit, "USD");
  assert.equal(contract?.entity, "OpenAI");
  assert.equal(contract?.counterparty, "Oracle");
  assert.equal(contract?.qualifier, "commitment");
});

test("'contre 800 millions en octobre' inherits the weekly-users metric and resolves the month", () => {
  const text =
    "ChatGPT progresse.\n\nSelon des sources, ChatGPT compte actuellement plus de 900 millions d'utilisateurs actifs par semaine, contre 800 millions en octobre.";
  const { claims } = extract(text, [
    q(text, "plus de 900 millions", 9e8, null, "at_least", "users"),
    q(text, "800 millions", 8e8, 8e8, "exact", null),
  ]);
  const weekly = find(claims, "weekly_active_users");
  assert.equal(weekly.length, 2);
  assert.deepEqual(weekly[0]?.period, { asOf: "2026-02" });
  assert.deepEqual(weekly[1]?.period, { asOf: "2025-10" });
  assert.ok(weekly.every((c) => c.entity === "OpenAI" && c.qualifier === "rumoured" && c.item === "ChatGPT"));
});

test("a generic cost per GW quoted by another company's chief goes to the article's subject", () => {
  const text =
    "OpenAI parie gros.\n\nOpenAI multiplie les accords. Jensen Huang, PDG de Nvidia, a estimé que chaque gigawatt coûterait entre 50 et 60 milliards de dollars.";
  const { claims } = extract(
    text,
    [q(text, "entre 50 et 60 milliards de dollars", 5e10, 6e10, "range", "USD")],
    "2025-10",
  );
  const [cost] = claims;
  assert.equal(cost?.metric, "cost_per_gw");
  assert.equal(cost?.unit, "USD_per_GW");
  assert.equal(cost?.entity, "OpenAI");
  assert.equal(cost?.attribution, "Jensen Huang");
  assert.equal(cost?.qualifier, "estimated");
  assert.deepEqual(cost?.value, { low: 5e10, high: 6e10, bound: "range" });
});

test("investor → investee, hearsay conditional, unnamed media", () => {
  const text =
    "OpenAI lève.\n\nSelon des médias étrangers, Nvidia aurait investi près de 30 milliards de dollars dans OpenAI.";
  const { claims } = extract(text, [q(text, "près de 30 milliards de dollars", 3e10, 3e10, "approx", "USD")]);
  assert.equal(claims[0]?.metric, "investment");
  assert.equal(claims[0]?.entity, "Nvidia");
  assert.equal(claims[0]?.counterparty, "OpenAI");
  assert.equal(claims[0]?.qualifier, "rumoured");
  assert.equal(claims[0]?.attribution, "foreign media");
});

test("headline and body state one fact: one claim, from the most complete mention", () => {
  const text =
    "OpenAI vise 20 milliards de dollars de chiffre d'affaires annuel\n\nSam Altman s'attend à dépasser les 20 milliards de dollars de chiffre d'affaires annuel d'ici la fin de l'année.";
  const { claims } = extract(
    text,
    [
      q(text, "20 milliards de dollars", 2e10, 2e10, "exact", "USD"),
      q(text, "dépasser les 20 milliards de dollars", 2e10, null, "at_least", "USD"),
    ],
    "2025-11",
  );
  assert.equal(claims.length, 1);
  assert.equal(claims[0]?.metric, "revenue_run_rate");
  assert.deepEqual(claims[0]?.period, { asOf: "2025-12-31" });
  assert.equal(claims[0]?.qualifier, "target");
  assert.equal(claims[0]?.attribution, "Sam Altman");
  assert.ok(claims[0]!.span.start > text.indexOf("\n"), "the body mention is kept");
});

test("not a claim: counts of people, dates, numbers in names, related-links lists", () => {
  const text =
    "OpenAI recrute.\n\nFondée en 2015, OpenAI aurait constitué une équipe de plus de 200 personnes. 92 % des entreprises du classement Fortune 500 utilisent ChatGPT.\nLire aussi :\n- ChatGPT Go à 4,50 $ : la fin des abonnements chers ?";
  const { claims } = extract(text, [
    q(text, "2015", 2015, 2015, "exact", null),
    q(text, "plus de 200", 200, null, "at_least", null),
    q(text, "92 %", 0.92, 0.92, "exact", "fraction"),
    q(text, "500", 500, 500, "exact", null),
    q(text, "4,50 $", 4.5, 4.5, "exact", "USD"),
  ]);
  assert.deepEqual(
    claims.map((c) => [c.metric, c.value.low]),
    [["adoption_rate", 0.92]],
  );
  assert.equal(claims[0]?.item, "Fortune 500");
});

test("a trillion of dollars in a company's plan reads as 10^12 even if the recognizer said 10^18", () => {
  const text =
    "OpenAI voit grand.\n\nOpenAI s'est engagée à plus d'un trillion de dollars de contrats au cours de la prochaine décennie.";
  const { claims } = extract(
    text,
    [q(text, "plus d'un trillion de dollars", 1e18, null, "at_least", "USD", { number: "un trillion" })],
    "2025-10",
  );
  assert.equal(claims[0]?.value.low, 1e12);
  assert.equal(claims[0]?.metric, "compute_commitment");
  assert.deepEqual(claims[0]?.period, { start: "2025-10", end: "2035-10" });
});

test("English: run-rate with an outlet, investment over N years, talks, a signed contract", () => {
  const text =
    "OpenAI and its partners\n\nOpenAI's annualized revenue run-rate reached $20 billion at the end of 2025, according to CNBC. Microsoft will invest up to $10 billion in OpenAI over the next five years. Anthropic is in talks to raise $5 billion at a valuation of $170 billion, people familiar with the matter said. CoreWeave signed a $14 billion contract with Meta.";
  const { claims } = extract(
    text,
    [
      q(text, "$20 billion", 2e10, 2e10, "exact", "USD"),
      q(text, "up to $10 billion", null, 1e10, "up_to", "USD"),
      q(text, "$5 billion", 5e9, 5e9, "exact", "USD"),
      q(text, "$170 billion", 1.7e11, 1.7e11, "exact", "USD"),
      q(text, "$14 billion", 1.4e10, 1.4e10, "exact", "USD"),
    ],
    "2026-01-15",
    "en",
  );
  const byValue = (v: number) => claims.find((c) => (c.value.low ?? c.value.high) === v);
  const runRate = byValue(2e10);
  assert.equal(runRate?.metric, "revenue_run_rate");
  assert.equal(runRate?.entity, "OpenAI");
  assert.deepEqual(runRate?.period, { asOf: "2025-12" });
  assert.equal(runRate?.attribution, "CNBC");
  const invest = byValue(1e10);
  assert.equal(invest?.metric, "investment");
  assert.equal(invest?.entity, "Microsoft");
  assert.equal(invest?.counterparty, "OpenAI");
  assert.equal(invest?.qualifier, "commitment");
  assert.deepEqual(invest?.period, { asOf: "2031-01" });
  const round = byValue(5e9);
  assert.equal(round?.metric, "funding_round");
  assert.equal(round?.entity, "Anthropic");
  assert.equal(round?.qualifier, "rumoured");
  assert.equal(byValue(1.7e11)?.metric, "valuation");
  assert.equal(byValue(1.7e11)?.entity, "Anthropic");
  const contract = byValue(1.4e10);
  assert.equal(contract?.metric, "compute_commitment");
  assert.equal(contract?.entity, "Meta", "a compute deal runs buyer → supplier");
  assert.equal(contract?.counterparty, "CoreWeave");
});

test("an unknown company after 'la startup' is a party; the acquirer → the acquired", () => {
  const text = "OpenAI achète.\n\nOpenAI a acquis pour 6,5 milliards de dollars la startup Zeta Robotics.";
  const { claims } = extract(text, [q(text, "6,5 milliards de dollars", 6.5e9, 6.5e9, "exact", "USD")]);
  assert.equal(claims[0]?.metric, "acquisition_price");
  assert.equal(claims[0]?.entity, "OpenAI");
  assert.equal(claims[0]?.counterparty, "Zeta Robotics");
});

test("a user gazetteer adds names", async () => {
  const { buildGazetteer } = await import("./gazetteer.js");
  const extended = buildGazetteer(
    { companies: [{ name: "OpenAI", products: ["ChatGPT"] }] },
    { companies: [{ name: "Acme AI", products: ["Roadrunner"] }] },
  );
  const text = "Acme grandit.\n\nRoadrunner compte 3 millions d'utilisateurs actifs par mois.";
  const { claims } = assembleClaims(
    { text, language: "fr", published: "2025-05", document: "t" },
    [q(text, "3 millions", 3e6, 3e6, "exact", "users")],
    extended,
  );
  assert.equal(claims[0]?.entity, "Acme AI");
  assert.equal(claims[0]?.metric, "monthly_active_users");
});

test("vague amounts become low-confidence claims marked vague", () => {
  const text =
    "OpenAI annonce 20 milliards de dollars de revenus.\n\nOpenAI enchaîne une série d'accords multimilliardaires pour des centres de données.";
  const { claims } = extract(
    text,
    [
      q(text, "20 milliards de dollars", 2e10, 2e10, "exact", "USD"),
      q(text, "multimilliardaires", 1e9, 1e10, "range", null, { vague: true }),
    ],
    "2025-11",
  );
  const vague = claims.find((c) => c.value.bound === "range");
  assert.equal(vague?.metric, "compute_commitment");
  assert.equal(vague?.unit, "USD");
  assert.ok((vague?.confidence ?? 1) <= 0.3);
  assert.match(vague?.explanation ?? "", /vague/);
});

test("two close figures written to the same precision are two facts, a rounder headline restates one", async () => {
  const { extractClaims } = await import("./index.js");
  const values = (text: string, language: "fr" | "en") =>
    extractClaims({ text, language, published: "2025-03-06", document: "d.txt" }).claims.map(
      (c) => c.value.low,
    );
  assert.deepEqual(
    values(
      "Broadcom results\n\nBroadcom projected revenue of approximately $14.90 billion for the quarter. Broadcom also reported first-quarter revenue of $14.92 billion.",
      "en",
    ),
    [14.9e9, 14.92e9],
  );
  assert.deepEqual(
    values(
      "Résultats de Broadcom\n\nBroadcom prévoit un chiffre d'affaires d'environ 14,90 milliards de dollars pour le trimestre. Broadcom a aussi publié un chiffre d'affaires de 14,92 milliards de dollars au premier trimestre.",
      "fr",
    ),
    [14.9e9, 14.92e9],
  );
  assert.deepEqual(
    values(
      "OpenAI signs $12B CoreWeave deal\n\nOpenAI signed an $11.9 billion contract with CoreWeave.",
      "en",
    ),
    [11.9e9],
  );
});
