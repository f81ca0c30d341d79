import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractClaims } from "../index.js";

const figures = (text: string, language: "fr" | "en") =>
  extractClaims({ text, language, published: "2025-08-01", document: "d.txt" }).claims.map((c) => [
    c.metric,
    c.value.low ?? c.value.high,
  ]);

const perShare = (text: string, language: "fr" | "en") =>
  figures(text, language).filter(([metric]) => metric === "share_price");

describe("a company's own measure given per share is no claim; a deal's price per share is", () => {
  it("earnings, income or a profit restated per share after their amount", () => {
    assert.deepEqual(perShare("Acme Cloud posted net income of $3.2 billion, or $1.12 a share.", "en"), []);
    assert.deepEqual(
      perShare(
        "Quarterly profit at Velmora Tools came to $640 million, or 88 cents per diluted share.",
        "en",
      ),
      [],
    );
    assert.deepEqual(
      perShare("Le résultat net de Sorvane atteint 900 millions d'euros, soit 2,10 euros par action.", "fr"),
      [],
    );
  });

  it("funds from operations, guidance, dividends and book value per share", () => {
    assert.deepEqual(
      perShare("Brixon Realty raised its full-year guidance for core FFO to $7.05 to $7.15 per share.", "en"),
      [],
    );
    assert.deepEqual(perShare("Kestrel Foods declared a quarterly dividend of $0.45 per share.", "en"), []);
    assert.deepEqual(perShare("Book value per share rose to $52.10 at Orbis Bank.", "en"), []);
    assert.deepEqual(perShare("Dravelle versera un dividende de 1,40 euro par action.", "fr"), []);
    assert.deepEqual(
      perShare("Le groupe Talvique prévoit un flux de trésorerie de 3 euros par action en 2026.", "fr"),
      [],
    );
  });

  it("keeps an offer, an exercise or subscription price and an IPO price per share", () => {
    assert.deepEqual(
      perShare("Halvern Corp. agreed to buy Quintro Labs in a tender offer at $48 per share.", "en"),
      [["share_price", 48]],
    );
    assert.deepEqual(
      perShare("Pell Networks received warrants with an exercise price of $30 per share.", "en"),
      [["share_price", 30]],
    );
    assert.deepEqual(
      perShare("Norvell, whose net income doubled, will pay $25 a share for Brisk Data.", "en"),
      [["share_price", 25]],
    );
    assert.deepEqual(
      perShare("Zorvia Cloud priced its initial public offering at $31 a share on Thursday.", "en"),
      [["share_price", 31]],
    );
  });
  it("a scaled figure after a per-share measure keeps its claim", () => {
    assert.deepEqual(
      figures(
        "Dravelle a versé un dividende par action de 1,40 euro et réalisé un chiffre d'affaires de 3 milliards d'euros.",
        "fr",
      ),
      [["revenue", 3e9]],
    );
    assert.deepEqual(
      figures("Kestrel Foods paid a dividend of $0.45 a share, and revenue reached $2.4 billion.", "en"),
      [["revenue", 2.4e9]],
    );
  });

  it("a measure after a fronted 'per share' and a per-share target are no claims (fr, en)", () => {
    assert.deepEqual(
      perShare("Quillon's net income was $4.1 billion. Per share, earnings came to $2.30, up 20%.", "en"),
      [],
    );
    assert.deepEqual(
      perShare(
        "Le résultat net de Zorbex atteint 900 millions. Par action, le bénéfice ressort à 2,3 USD.",
        "fr",
      ),
      [],
    );
    assert.deepEqual(
      perShare("Brixon Realty lifts its AFFO outlook, with a $12.10–$12.40 per-share target.", "en"),
      [],
    );
  });

  it("a deal's price after a fronted 'per share' stays a claim (fr, en)", () => {
    assert.deepEqual(perShare("Per share, the tender offer for Quintro Labs pays $48.", "en"), [
      ["share_price", 48],
    ]);
    assert.deepEqual(
      perShare("Pell Networks got warrants at a $30 per-share exercise price.", "en").length,
      1,
    );
  });
});
