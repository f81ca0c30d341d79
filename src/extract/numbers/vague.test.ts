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

describe("vague counts of gigawatts and of chips", () => {
  it("reads 'several / multiple gigawatts', « plusieurs gigawatts » as one to ten gigawatts", () => {
    check("en", "a campus of several gigawatts", ["several gigawatts", 1, 10, "range", "GW"]);
    check("en", "to add multiple gigawatts of capacity", ["multiple gigawatts", 1, 10, "range", "GW"]);
    check("fr", "des sites de plusieurs gigawatts", ["plusieurs gigawatts", 1, 10, "range", "GW"]);
    check("fr", "quelques gigawatts supplémentaires", ["quelques gigawatts", 1, 10, "range", "GW"]);
  });

  it("counts the chips named after a vague thousands, across modifiers and makers' names", () => {
    check("en", "a campus sized for hundreds of thousands of high-end GPUs", [
      "hundreds of thousands",
      1e5,
      1e6,
      "range",
      "GPUs",
    ]);
    check("en", "it bought thousands of Nvidia chips", ["thousands", 1e3, 1e4, "range", "GPUs"]);
    check("fr", "des dizaines de milliers de nouvelles puces", [
      "des dizaines de milliers de nouvelles puces",
      1e4,
      1e5,
      "range",
      "GPUs",
    ]);
  });

  it("near misses: 'multiple' before no scale or power unit, and thousands of people, are no such count", () => {
    check("en", "multiple sources said");
    check("en", "thousands of engineers joined", ["thousands", 1e3, 1e4, "range", null]);
  });
});

describe("vague counts of power: near misses", () => {
  it("reads the count of gigawatts whatever the verb or tense around it", () => {
    check("en", "Halvorn plans to bring several gigawatts online", [
      "several gigawatts",
      1,
      10,
      "range",
      "GW",
    ]);
    check("fr", "Brumaire exploitera plusieurs gigawatts d'ici 2028", [
      "plusieurs gigawatts",
      1,
      10,
      "range",
      "GW",
    ]);
  });

  it("a gigawatt-scale adjective, 'multiple times' and « plusieurs fois » are no count of power", () => {
    check("en", "it is building several gigawatt-scale sites");
    check("en", "demand grew multiple times over");
    check("fr", "la demande a été multipliée plusieurs fois");
  });
});
