import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const owners = claimFields(["entity", "value"], { published: "2025-10-20" });

describe("a demonstrative pronoun stands for the name mentioned last", () => {
  it("a programme named before the agent that launched it (FR)", () => {
    const text =
      "Nebius accélère\n\nNebius rejoint le projet Stargate, financé depuis janvier par OpenAI. Celui-ci doit atteindre 8 gigawatts en 2028.";
    assert.deepEqual(
      owners(text, "fr").find(([, v]) => v === 8),
      ["Stargate", 8],
    );
  });

  it("the company named last rather than the article's subject (FR)", () => {
    const text =
      "Mistral AI signe avec Oracle\n\nMistral AI a signé un contrat avec Oracle. Ce dernier prévoit d'investir 300 millions d'euros dans ses réseaux.";
    assert.deepEqual(
      owners(text, "fr").find(([, v]) => v === 3e8),
      ["Oracle", 3e8],
    );
  });

  it("a demonstrative opening a sentence before a money verb is no company of its own (FR)", () => {
    const results =
      "Broadcom publie ses comptes\n\nBroadcom et AMD ont publié leurs comptes. Celui-ci a réalisé un chiffre d'affaires de 9,8 milliards de dollars.";
    assert.deepEqual(
      owners(results, "fr").find(([, v]) => v === 9.8e9),
      ["AMD", 9.8e9],
    );
    const raise =
      "Nvidia investit\n\nNvidia a investi dans Mistral AI en septembre. Celle-ci a levé 1,7 milliard d'euros.";
    assert.deepEqual(
      owners(raise, "fr").find(([, v]) => v === 1.7e9),
      ["Mistral AI", 1.7e9],
    );
  });

  it("the latter before a money verb (EN)", () => {
    const text =
      "Broadcom reports\n\nBroadcom sold chips to AMD in May. The latter posted revenue of $9.8 billion.";
    assert.deepEqual(
      owners(text, "en").find(([, v]) => v === 9.8e9),
      ["AMD", 9.8e9],
    );
  });

  it("the latter (EN)", () => {
    const text =
      "CoreWeave and Nvidia\n\nCoreWeave signed a new supply agreement with Nvidia. The latter plans to spend $2 billion on new offices.";
    assert.deepEqual(
      owners(text, "en").find(([, v]) => v === 2e9),
      ["Nvidia", 2e9],
    );
  });

  it("not an adjective before a noun, nor a name the gazetteer lacks (FR)", () => {
    const quarter =
      "Nvidia publie ses comptes\n\nNvidia a vendu des puces à Oracle. Sur ce dernier trimestre, Nvidia a réalisé 30 milliards de dollars de chiffre d'affaires.";
    assert.deepEqual(
      owners(quarter, "fr").find(([, v]) => v === 3e10),
      ["Nvidia", 3e10],
    );
    const unknown =
      "Mistral AI signe\n\nMistral AI travaille avec Oracle et Zorblax Industries. Ce dernier a investi 50 millions d'euros dans ses usines.";
    assert.notEqual(owners(unknown, "fr").find(([, v]) => v === 5e7)?.[0], "Oracle");
  });
});

describe("'the former', 'the latter' after two subjects joined by 'and'", () => {
  const roles = claimFields(["entity", "counterparty"]);

  it("stand for the first or the second subject, not the objects named after them (en)", () => {
    const before = "Alphabet and Amazon have backed Anthropic and Mistral AI;";
    assert.deepEqual(roles(`${before} the former has put $3 billion into Anthropic.`, "en"), [
      ["Alphabet", "Anthropic"],
    ]);
    assert.deepEqual(roles(`${before} the latter has put $8 billion into Anthropic.`, "en"), [
      ["Amazon", "Anthropic"],
    ]);
  });

  it("stand for the first or the second subject, not the objects named after them (fr)", () => {
    const before = "Alphabet et Amazon ont soutenu Anthropic et Mistral AI ;";
    const former = `${before} le premier a investi 3 milliards de dollars dans Anthropic.`;
    const latter = `${before} le second a investi 8 milliards de dollars dans Anthropic.`;
    assert.deepEqual(roles(former, "fr"), [["Alphabet", "Anthropic"]]);
    assert.deepEqual(roles(latter, "fr"), [["Amazon", "Anthropic"]]);
  });
});
