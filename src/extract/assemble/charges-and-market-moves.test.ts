import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimValues, skippedReasons } from "../../../test/support/claims.js";

const values = claimValues("2025-11-10");
const reasons = skippedReasons("2025-11-10");

/** The figure's reason for being set aside, matched on `words`; fails naming the reasons there are. */
function setAsideFor(text: string, language: "fr" | "en", words: string, count = 1): void {
  const found = reasons(text, language).filter((r) => r.includes(words));
  assert.equal(found.length, count, `${text}: ${JSON.stringify(reasons(text, language))}`);
}

describe("accounting charges, forgone sales and share moves are no claims (CLAIMS.md §8)", () => {
  it("a writedown, an impairment or a tax charge is recorded by no metric", () => {
    const texts: [string, "fr" | "en"][] = [
      [
        "Korvane's revenue rose, but the quarter also carried a $3.2 billion impairment charge on its cloud arm.",
        "en",
      ],
      ["Export curbs forced Veltrix into a $2.3 billion writedown on unsold chips.", "en"],
      [
        "Les comptes annuels de Dravik portent une charge, qui ne touche pas sa trésorerie, de 9,4 milliards de dollars.",
        "fr",
      ],
      [
        "Ostrel prévoit des dépenses en hausse en 2026, malgré un impact fiscal de 7 milliards de dollars.",
        "fr",
      ],
      ["Dravik a passé 900 millions d'euros de dépréciations sur ses usines.", "fr"],
    ];
    for (const [text, language] of texts) {
      assert.deepEqual(values(text, language), [], text);
      setAsideFor(text, language, "an accounting charge or a writedown");
    }
  });

  it("a loss booked on a stake stays a claim, and so does spending", () => {
    assert.deepEqual(
      values("Pellion took a $1.2 billion writedown on its stake in Quorra AI.", "en"),
      [1.2e9],
    );
    assert.deepEqual(
      values("Veltrix will spend $40 billion on data centres this year, its finance chief said.", "en"),
      [4e10],
    );
  });

  it("sales forgone and an opportunity sized in money are no company's figures", () => {
    const texts: [string, "fr" | "en"][] = [
      [
        "Privé d'exportations, Dravik subit un manque à gagner estimé à 3 milliards de dollars sur l'année.",
        "fr",
      ],
      ["Export curbs on its chips cost Veltrix a $5 billion sales opportunity this quarter.", "en"],
      ["Korvane sees a $90 billion opportunity in industrial robots.", "en"],
      ["Norlys évoque une opportunité de marché de 40 milliards d'euros.", "fr"],
    ];
    for (const [text, language] of texts) {
      assert.deepEqual(values(text, language), [], text);
      setAsideFor(text, language, "sales forgone or an opportunity");
    }
    // sales made are a claim
    assert.deepEqual(values("Veltrix reported revenue of $6 billion for the quarter.", "en"), [6e9]);
  });

  it("a share's move written as a noun after its rate is market data", () => {
    const texts: [string, "fr" | "en"][] = [
      [
        "Veltrix guided capital spending up more than 40% next year, triggering a 9% drop in its shares after hours.",
        "en",
      ],
      ["The upbeat outlook sparked a 12% jump in the company's stock on Friday.", "en"],
      ["Après ses résultats, Norlys est attendu en hausse d'environ 25 % lundi.", "fr"],
      ["Le titre Dravik est attendu en net repli de 6 % ce matin.", "fr"],
    ];
    for (const [text, language] of texts) {
      assert.deepEqual(values(text, language), [], text);
      setAsideFor(text, language, "a share's move on the market");
    }
    // the company's own growth stays a claim
    assert.deepEqual(
      values("Veltrix's revenue rose 9% in the quarter, sparking a 4% jump in its shares.", "en"),
      [0.09],
    );
    assert.deepEqual(values("Le chiffre d'affaires de Dravik est en hausse de 6 % sur un an.", "fr"), [0.06]);
  });
});
