import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

/** The owner and counterparty of the claim at `value`, in an article about the other side. */
const roles = (text: string, language: "fr" | "en", value: number) => {
  const claim = claimAt(extract(text, language), value);
  return [claim.entity, claim.counterparty];
};

describe("a possessive on a deal noun: the possessor owns the deal's figures", () => {
  it("'X's agreement with Y for N' (en)", () => {
    assert.deepEqual(
      roles(
        "Constellation Energy runs nuclear plants in Illinois. Meta's agreement with Constellation for about 1.1 gigawatts runs for twenty years.",
        "en",
        1.1,
      ),
      ["Meta", "Constellation Energy"],
    );
    assert.deepEqual(
      roles(
        "Nebius rents out GPUs in Finland. Microsoft's five-year contract with Nebius for 300 megawatts was signed in September.",
        "en",
        0.3,
      ),
      ["Microsoft", "Nebius"],
    );
    assert.deepEqual(
      roles(
        "Talen Energy owns a plant in Pennsylvania. Amazon's new power deal with Talen Energy covers 1.9 gigawatts.",
        "en",
        1.9,
      ),
      ["Amazon", "Talen Energy"],
    );
  });

  it("« l'accord de X avec Y porte sur N », « le contrat de X avec Y, d'environ N » (fr)", () => {
    assert.deepEqual(
      roles(
        "Constellation Energy exploite des centrales nucléaires. L'accord de Meta avec Constellation porte sur environ 1,1 gigawatt.",
        "fr",
        1.1,
      ),
      ["Meta", "Constellation Energy"],
    );
    assert.deepEqual(
      roles(
        "Talen Energy exploite une centrale en Pennsylvanie. Le contrat d'Amazon avec Talen Energy, d'environ 1,9 gigawatt, a été élargi en juin.",
        "fr",
        1.9,
      ),
      ["Amazon", "Talen Energy"],
    );
    assert.equal(
      roles(
        "Nebius loue des GPU en Finlande. Le partenariat pluriannuel de Microsoft avec Nebius représente 17,4 milliards de dollars.",
        "fr",
        17.4e9,
      )[0],
      "Microsoft",
    );
  });

  it("leaves a figure after another clause to that clause's subject", () => {
    const claims = extract(
      "Meta's agreement with Constellation was signed in June, while Google agreed to buy 500 megawatts from Kairos Power.",
      "en",
    );
    assert.equal(claimAt(claims, 0.5).entity, "Alphabet");
  });
});

describe("a figure in apposition at the end of a relative clause", () => {
  it("'X, which signed … for the plant's output, about N': the relative's antecedent owns it (en)", () => {
    assert.deepEqual(
      roles(
        "Constellation Energy runs nuclear plants. Two deals stand out, one by Meta, which signed a twenty-year contract with Constellation for the plant's output, about 1.1 gigawatts.",
        "en",
        1.1,
      ),
      ["Meta", "Constellation Energy"],
    );
    assert.equal(
      claimAt(
        extract(
          "Nebius rents out GPUs. The largest lease came from Microsoft, which agreed to rent capacity from Nebius, roughly 300 megawatts.",
          "en",
        ),
        0.3,
      ).entity,
      "Microsoft",
    );
  });

  it("« X, qui a signé …, soit environ N » (fr)", () => {
    assert.deepEqual(
      roles(
        "Constellation Energy exploite des centrales. Deux accords se détachent, dont celui de Meta, qui a signé un contrat de vingt ans avec Constellation pour la production de la centrale, soit environ 1,1 gigawatt.",
        "fr",
        1.1,
      ),
      ["Meta", "Constellation Energy"],
    );
  });
});
