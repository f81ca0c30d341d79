import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extract } from "../../../test/support/claims.js";

/** Each claim of the programme as "metric qualifier", in the text's order. */
const programmeFigures = (text: string, language: "fr" | "en") =>
  extract(text, language)
    .filter((c) => c.entity === "Stargate")
    .map((c) => `${c.metric} ${c.qualifier}`);

describe("a programme's announced capacity or chips are what it plans to build", () => {
  it("reads a cluster's announced size as the programme's target (en)", () => {
    assert.deepEqual(
      programmeFigures("Stargate Korea, a 3-gigawatt compute cluster, was unveiled in Seoul.", "en"),
      ["datacenter_capacity target"],
    );
  });

  it("reads a campus announced with its size as the programme's target (fr)", () => {
    assert.deepEqual(
      programmeFigures("Stargate Norvège, un campus de 2 gigawatts, a été présenté à Oslo mardi.", "fr"),
      ["datacenter_capacity target"],
    );
  });

  it("keeps capacity said to run already as reported (near miss, en)", () => {
    assert.deepEqual(programmeFigures("Stargate already has 1.4 GW running at its first site.", "en"), [
      "datacenter_capacity reported",
    ]);
  });

  it("keeps capacity said to be in service as reported (near miss, fr)", () => {
    assert.deepEqual(
      programmeFigures("Stargate exploite déjà 1,4 GW en service sur son premier site.", "fr"),
      ["datacenter_capacity reported"],
    );
  });

  it("keeps a programme's announced amount of money a commitment (near miss, fr and en)", () => {
    assert.deepEqual(
      programmeFigures("Stargate Korea : un programme de 30 milliards de dollars mené avec Samsung.", "fr"),
      ["capex commitment"],
    );
    assert.deepEqual(programmeFigures("Stargate Korea is a $30 billion programme run with Samsung.", "en"), [
      "capex commitment",
    ]);
  });
});
