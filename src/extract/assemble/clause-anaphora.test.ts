import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

const ownerAt = (text: string, language: "fr" | "en", value: number) =>
  claimAt(extract(text, language), value).entity;

describe("an anaphora opening the clause after a colon or a semicolon", () => {
  it("stands for the company that opened the sentence, not the article's subject (fr)", () => {
    const text =
      "Microsoft a annoncé de nouveaux investissements au Royaume-Uni. Nscale y jouera un rôle clé : la société construira un campus de 500 MW près de Londres.";
    assert.equal(ownerAt(text, "fr", 0.5), "Nscale");
    const semicolon =
      "Microsoft a annoncé de nouveaux investissements au Royaume-Uni. Nscale y jouera un rôle clé ; le groupe construira un campus de 500 MW près de Londres.";
    assert.equal(ownerAt(semicolon, "fr", 0.5), "Nscale");
  });

  it("stands for the company that opened the sentence, not the article's subject (en)", () => {
    const text =
      "Microsoft announced new investments in Britain. Nscale will play a key role: the company will build a 500 MW campus near London.";
    assert.equal(ownerAt(text, "en", 0.5), "Nscale");
  });

  it("stays the article's subject when no company opens the sentence (fr)", () => {
    const text =
      "Nscale a annoncé un nouveau campus. Selon nos informations : la société construira un site de 500 MW près de Londres.";
    assert.equal(ownerAt(text, "fr", 0.5), "Nscale");
  });
});
