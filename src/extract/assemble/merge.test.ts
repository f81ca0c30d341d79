import assert from "node:assert/strict";
import { test } from "node:test";
import type { Claim } from "../../core/index.js";
import { extractClaims } from "../index.js";

/** One fact, one claim: which restatements merge, on sentences written for these tests. */

function values(text: string, language: "fr" | "en", metric: string): number[] {
  const result = extractClaims({ text, language, published: "2025-06-15", document: "t.txt" });
  return result.claims
    .filter((c: Claim) => c.metric === metric)
    .map((c) => c.value.low ?? c.value.high ?? Number.NaN)
    .sort((a, b) => a - b);
}

function all(text: string, language: "fr" | "en"): [string, number][] {
  const result = extractClaims({ text, language, published: "2025-06-15", document: "t.txt" });
  return result.claims.map((c) => [c.metric, c.value.low ?? c.value.high ?? Number.NaN]);
}

test("two exact figures written to the same precision are two figures, even within 1 %", () => {
  const text =
    "Nvidia reported second-quarter results.\n- Networking revenue was $395 million, up 12% from a year ago.\n- Automotive revenue was a record $396 million, up 9% from a year ago.";
  assert.deepEqual(values(text, "en", "revenue"), [395e6, 396e6]);
});

test("French: 395 et 396 millions de dollars sont deux chiffres", () => {
  const text =
    "AMD a publié ses résultats trimestriels.\n- Le chiffre d'affaires des consoles a atteint 395 millions de dollars.\n- Le chiffre d'affaires de l'embarqué a atteint 396 millions de dollars.";
  assert.deepEqual(values(text, "fr", "revenue"), [395e6, 396e6]);
});

test("the precision a figure is written to counts its written zeros: 300 and 301 million are two", () => {
  const text =
    "Arm reported quarterly results.\n- Licensing revenue was $300 million.\n- Royalty revenue was $301 million.";
  assert.deepEqual(values(text, "en", "revenue"), [300e6, 301e6]);
  const fr =
    "Arm a publié ses résultats trimestriels.\n- Le chiffre d'affaires des licences a atteint 300 millions de dollars.\n- Le chiffre d'affaires des redevances a atteint 301 millions de dollars.";
  assert.deepEqual(values(fr, "fr", "revenue"), [300e6, 301e6]);
});

test("an approximate figure rounded coarser restates the exact one: about $12 billion and $11.9 billion", () => {
  const text =
    "Nebius signs deal worth about $12 billion\n\nNebius signed an $11.9 billion contract with Meta.";
  assert.equal(all(text, "en").length, 1);
});

test("a figure and its rounding in the headline stay one claim", () => {
  const text =
    "Oracle cloud sales hit $7.2 billion\nOracle said cloud revenue reached $7.18 billion in its fiscal first quarter.";
  assert.equal(all(text, "en").filter(([, v]) => Math.abs(v - 7.2e9) < 0.1e9).length, 1);
  const fr =
    "Oracle : 7,2 milliards de dollars de revenus cloud\nOracle a indiqué que son chiffre d'affaires cloud a atteint 7,18 milliards de dollars au premier trimestre de son exercice.";
  assert.equal(all(fr, "fr").filter(([, v]) => Math.abs(v - 7.2e9) < 0.1e9).length, 1);
});

test("a title's figure joins the body's figure of the same owner and value, whatever its wording", () => {
  const en = all(
    "Cohere lands $5 billion investment led by Nvidia\nCohere has closed a $5 billion funding round led by Nvidia, at a $60 billion valuation.",
    "en",
  );
  assert.equal(en.filter(([, v]) => v === 5e9).length, 1, JSON.stringify(en));
  const fr = all(
    "Cohere décroche un investissement de 5 milliards de dollars\nCohere a bouclé une levée de fonds de 5 milliards de dollars menée par Nvidia, pour une valorisation de 60 milliards de dollars.",
    "fr",
  );
  assert.equal(fr.filter(([, v]) => v === 5e9).length, 1, JSON.stringify(fr));
});

test("a title naming the fact by another owner joins the one body figure of that value", () => {
  const en = all(
    "Nvidia becomes Cohere's biggest shareholder in €2.4bn round\nCohere has raised €2.4 billion in a round led by Nvidia, the company said on Monday.",
    "en",
  );
  assert.equal(en.filter(([, v]) => v === 2.4e9).length, 1, JSON.stringify(en));
  const fr = all(
    "Nvidia devient le premier actionnaire de Cohere grâce à un tour de table de 2,4 milliards d'euros\nCohere a levé 2,4 milliards d'euros lors d'un tour de table mené par Nvidia, a annoncé la société lundi.",
    "fr",
  );
  assert.equal(fr.filter(([, v]) => v === 2.4e9).length, 1, JSON.stringify(fr));
});

test("a title and a body giving stakes held each way, each naming the other, both stand", () => {
  const owners = (text: string, language: "fr" | "en") =>
    extractClaims({ text, language, published: "2025-06-15", document: "t.txt" })
      .claims.filter((c: Claim) => c.metric === "equity_stake")
      .map((c) => c.entity)
      .sort();
  assert.deepEqual(
    owners(
      "Nvidia to own about 12% of Cohere\nIn a share swap agreed on Monday, Cohere will in turn own about 12% of Nvidia.",
      "en",
    ),
    ["Cohere", "Nvidia"],
  );
  assert.deepEqual(
    owners(
      "Nvidia détiendra environ 12 % de Cohere\nDans un échange d'actions conclu lundi, Cohere détiendra en retour environ 12 % de Nvidia.",
      "fr",
    ),
    ["Cohere", "Nvidia"],
  );
});

test("a title and a body handing one stake to the same holder are one claim", () => {
  const owners = (text: string, language: "fr" | "en") =>
    extractClaims({ text, language, published: "2025-06-15", document: "t.txt" })
      .claims.filter((c: Claim) => c.metric === "equity_stake")
      .map((c) => [c.entity, c.counterparty]);
  assert.deepEqual(
    owners(
      "Nvidia to own about 12% of Cohere\nCohere completed a new share structure on Monday, handing its staff more shares and leaving Nvidia with a stake of roughly 12% in the group.",
      "en",
    ),
    [["Nvidia", "Cohere"]],
  );
  assert.deepEqual(
    owners(
      "Nvidia détiendra environ 12 % de Cohere\nCohere a bouclé lundi une nouvelle structure du capital, donnant plus d'actions à ses salariés et laissant à Nvidia une participation d'environ 12 % dans le groupe.",
      "fr",
    ),
    [["Nvidia", "Cohere"]],
  );
});

test("a title's figure stays apart when the body has two figures of that value", () => {
  const en = all(
    "Cohere lands $3 billion\nCohere has raised $3 billion in a funding round. Separately, Oracle signed a $3 billion cloud contract with Cohere.",
    "en",
  );
  assert.equal(en.filter(([, v]) => v === 3e9).length >= 2, true, JSON.stringify(en));
});

test("a running total of money raised is another fact than a round of the same size", () => {
  const fr =
    "Cohere envisage une levée de fonds d'un milliard de dollars. La start-up a déjà levé plus d'un milliard de dollars depuis sa création.";
  assert.deepEqual(values(fr, "fr", "funding_round"), [1e9, 1e9]);
  const en =
    "Cohere is weighing a funding round of $1 billion. The start-up has received $1 billion so far, since its founding in 2019.";
  assert.deepEqual(values(en, "en", "funding_round"), [1e9, 1e9]);
  const once = "Cohere is weighing a funding round of $1 billion. Its $1 billion round would be its largest.";
  assert.deepEqual(values(once, "en", "funding_round"), [1e9]);
});

test("a whole figure rounding a decimal one restates it and the claim keeps the detailed value", () => {
  const text =
    "Lambda posted second-quarter revenue of $640 million, its first report as a listed company.\n\nRevenue: second-quarter revenue was $641.3 million, up 80% year on year.";
  assert.deepEqual(values(text, "en", "revenue"), [641.3e6]);
  const fr =
    "Scaleway a publié un chiffre d'affaires trimestriel de 270 millions d'euros au deuxième trimestre.\n\nChiffre d'affaires : le chiffre d'affaires du deuxième trimestre s'est établi à 270,8 millions d'euros.";
  assert.deepEqual(values(fr, "fr", "revenue"), [270.8e6]);
});

test("two whole figures keep their written zeros beside each other: 640 and 641 million are two", () => {
  const text =
    "Lambda reported quarterly results.\n- Cloud revenue was $640 million.\n- Hardware revenue was $641 million.";
  assert.deepEqual(values(text, "en", "revenue"), [640e6, 641e6]);
});

test("two vague amounts merge only when they size the same deal: « des milliards » with Nvidia and « plusieurs milliards » with nobody named are two", () => {
  const fr =
    "Après des accords valant des milliards de dollars avec Nvidia, Mistral AI a signé un contrat avec Fluidstack. Selon la presse, le contrat représente plusieurs milliards de dollars.";
  assert.equal(values(fr, "fr", "compute_commitment").length, 2);
  const en =
    "After deals worth billions of dollars with Nvidia, Mistral AI signed a new contract with Fluidstack. According to the press, that contract is a commitment of several billion dollars.";
  assert.equal(values(en, "en", "compute_commitment").length, 2);
});

test("near miss: the same vague amount said twice of one deal with one party is one claim", () => {
  const en =
    "Mistral AI signed a contract worth billions of dollars with Fluidstack. The contract with Fluidstack is worth billions of dollars over five years.";
  assert.equal(values(en, "en", "compute_commitment").length, 1);
});
