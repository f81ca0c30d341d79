import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";
import { describedTrade } from "./described-trades.js";

const owners = claimFields(["entity", "counterparty", "metric", "value"], { published: "2026-03-02" });

describe("a company the gazetteer does not know, described by its trade", () => {
  it("takes the trade's kind from an apposition or a noun before it, in English and French", () => {
    const text = [
      "Halvard, a Nordic GPU cloud, opened a site.",
      "The data-centre developer Orsolo broke ground.",
      "Le néocloud Brunelle recrute.",
      "Quintar, un opérateur de centres de données, s'agrandit.",
      "Pellucid, a chip designer based in Oslo, taped out.",
      "Le fonds Aravel entre au capital.",
    ].join(" ");
    assert.deepEqual(
      ["Halvard", "Orsolo", "Brunelle", "Quintar", "Pellucid", "Aravel"].map(
        (n) => describedTrade(text, n)?.kind,
      ),
      ["neocloud", "datacentre", "neocloud", "datacentre", "chipmaker", "fund"],
    );
  });

  it("has no trade when the noun describes another name or none is written", () => {
    assert.equal(describedTrade("Halvard signed with Orsolo, a GPU cloud.", "Halvard"), null);
    assert.equal(describedTrade("Halvard, which rents servers, grew.", "Halvard"), null);
  });

  it("sells compute to the buyer of a contract, whichever company the sentence names first", () => {
    assert.deepEqual(owners("Halvard, a GPU cloud, signed a $9 billion contract with Microsoft."), [
      ["Microsoft", "Halvard", "compute_commitment", 9_000_000_000],
    ]);
    assert.deepEqual(
      owners("Brunelle, un néocloud français, a signé avec Meta un contrat de 4 milliards de dollars.", "fr"),
      [["Meta", "Brunelle", "compute_commitment", 4_000_000_000]],
    );
  });

  it("sells compute when the text says it ships, supplies or rents out compute (en, fr)", () => {
    assert.deepEqual(
      owners("Halvard Compute will ship about 9,000 GPUs to Microsoft under a $2 billion contract."),
      [
        ["Microsoft", "Halvard Compute", "gpu_count", 9000],
        ["Microsoft", "Halvard Compute", "compute_commitment", 2_000_000_000],
      ],
    );
    assert.deepEqual(
      owners(
        "Brunelle fournira 1 GW de capacité à Meta dans le cadre d'un contrat de 3 milliards de dollars.",
        "fr",
      ),
      [
        ["Meta", "Brunelle", "datacenter_capacity", 1],
        ["Meta", "Brunelle", "compute_commitment", 3_000_000_000],
      ],
    );
    assert.equal(describedTrade("Halvard will ship its new phone in May.", "Halvard"), null);
  });
});
