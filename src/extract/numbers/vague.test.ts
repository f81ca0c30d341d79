import { describe, it } from "node:test";
import { checkQuantities as check } from "../../../test/support/quantities.js";

describe("vague quantities: one order of magnitude from the scale the words name", () => {
  it("an opener before a multiple and a scale, or before a scale (FR, EN)", () => {
    check("fr", "des dizaines de milliards de dollars", [
      "des dizaines de milliards de dollars",
      1e10,
      1e11,
      "range",
      "USD",
    ]);
    check("fr", "plusieurs millions d'utilisateurs", [
      "plusieurs millions d'utilisateurs",
      1e6,
      1e7,
      "range",
      "users",
    ]);
    check("en", "several hundred million dollars", [
      "several hundred million dollars",
      1e8,
      1e9,
      "range",
      "USD",
    ]);
    check("en", "hundreds of millions of users", [
      "hundreds of millions of users",
      1e8,
      1e9,
      "range",
      "users",
    ]);
  });

  it("an English plural scale alone only before 'of' or 'in'", () => {
    check("en", "billions of dollars", ["billions of dollars", 1e9, 1e10, "range", "USD"]);
    check("en", "billions in capex", ["billions", 1e9, 1e10, "range", null]);
    check("en", "billions");
  });

  it("one vague word, its unit after a dash", () => {
    check("en", "a multibillion-dollar deal", ["multibillion-dollar", 1e9, 1e10, "range", "USD"]);
    check("en", "multibillion", ["multibillion", 1e9, 1e10, "range", null]);
  });

  it("« une dizaine de milliards »: about the round number; « le million de puces »: one of the scale", () => {
    check("fr", "une dizaine de milliards d'euros", [
      "une dizaine de milliards d'euros",
      1e10,
      1e10,
      "approx",
      "EUR",
    ]);
    check("fr", "dépasser le million de puces", [
      "dépasser le million de puces",
      1e6,
      null,
      "at_least",
      "GPUs",
    ]);
  });
});
