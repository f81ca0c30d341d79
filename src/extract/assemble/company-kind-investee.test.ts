import assert from "node:assert/strict";
import { test } from "node:test";
import { claimsOfValue, probeReader } from "../../../test/support/probes.js";
import { defaultGazetteer } from "../gazetteer.js";

const gazetteer = defaultGazetteer({
  companies: [
    { name: "Tessaly", kinds: ["business"] },
    { name: "Velorine", kinds: ["lab"], role: "developer" },
  ],
});
const read = probeReader({ gazetteer });

test("an amount invested in a company named by its kind stays an investment", () => {
  const rows: [string, "fr" | "en", number][] = [
    [
      "Selon des sources, Tessaly est prêt à investir 900 millions d'euros dans la jeune pousse bordelaise.",
      "fr",
      9e8,
    ],
    ["D'après la presse, Tessaly investirait 2 milliards d'euros dans la licorne de l'IA.", "fr", 2e9],
    ["Tessaly is ready to put $1.5 billion into the AI startup, people said.", "en", 1.5e9],
  ];
  for (const [text, language, value] of rows) {
    const metrics = claimsOfValue(read(text, language), value).map((c) => c.metric);
    assert.deepEqual(metrics, ["investment"], text);
  }
});

test("an amount invested in the spender's own things is no investment in a company", () => {
  const rows: [string, "fr" | "en", number][] = [
    ["Tessaly va investir 900 millions d'euros dans ses usines de Lorraine.", "fr", 9e8],
    ["Tessaly will invest $2.5 billion in the company's own data centers.", "en", 2.5e9],
  ];
  for (const [text, language, value] of rows) {
    const metrics = claimsOfValue(read(text, language), value).map((c) => c.metric);
    assert.ok(!metrics.includes("investment"), `${text} → ${JSON.stringify(metrics)}`);
  }
});

test("the company named by its kind is the AI developer named last before the figure", () => {
  const text =
    "Tessaly pourrait devenir le premier actionnaire de Velorine. Selon des sources, le groupe est prêt à injecter 800 millions d'euros dans la jeune pousse.";
  const claims = claimsOfValue(read(text, "fr"), 8e8);
  assert.deepEqual(
    claims.map((c) => [c.entity, c.metric, c.counterparty]),
    [["Tessaly", "investment", "Velorine"]],
  );
});

test("two investors joined by 'and' stay together when the investee is named by its kind", () => {
  const rows: [string, "fr" | "en"][] = [
    ["Tessaly and Velorine have put $2 billion into the AI startup.", "en"],
    ["Tessaly et Velorine ont investi 2 milliards de dollars dans la licorne.", "fr"],
  ];
  for (const [text, language] of rows) {
    const claims = claimsOfValue(read(text, language), 2e9);
    assert.deepEqual(
      claims.map((c) => [c.entity, c.metric]),
      [["Tessaly+Velorine", "investment"]],
      text,
    );
  }
});
