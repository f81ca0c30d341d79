import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extract } from "../../../test/support/claims.js";

/** Each claim as "value unit". */
const read = (text: string, language: "fr" | "en") =>
  extract(text, language).map((c) => `${c.value.low ?? c.value.high} ${c.unit}`);

describe("a later item of a coordinated count, its noun unsaid", () => {
  it("counts what the first item counts, after a place (en)", () => {
    const text = "Nimbrix is deploying 20,000 GPUs in Ohio and more than 60,000 in Chile.";
    assert.deepEqual(read(text, "en"), ["20000 GPUs", "60000 GPUs"]);
  });

  it("counts them after a year, in another tense (en)", () => {
    const text = "Velora bought 8,000 GPUs in 2024 and 12,000 in 2025.";
    assert.deepEqual(read(text, "en"), ["8000 GPUs", "12000 GPUs"]);
  });

  it("counts them in French, with a hedge", () => {
    const text = "Nimbrix exploite 10 000 puces au Danemark et plus de 30 000 en Inde.";
    assert.deepEqual(read(text, "fr"), ["10000 GPUs", "30000 GPUs"]);
  });

  it("counts customers in French", () => {
    const text = "Le groupe Dorlin compte 40 000 clients en France et 15 000 en Espagne.";
    assert.deepEqual(read(text, "fr"), ["40000 customers", "15000 customers"]);
  });

  it("leaves a later figure that names its own noun (near-miss)", () => {
    const text = "Velora bought 8,000 GPUs in Ohio and 3 data halls.";
    assert.deepEqual(read(text, "en"), ["8000 GPUs"]);
  });

  it("leaves a bare figure of another clause, not coordinated with the count (near-miss)", () => {
    const text = "Velora installed 8,000 GPUs in Ohio; its campus covers 40 hectares.";
    assert.deepEqual(read(text, "en"), ["8000 GPUs"]);
  });
});

describe("an elided count in a change or a part", () => {
  it("counts the new value of a change as the old value does (en, fr)", () => {
    assert.deepEqual(read("Lambda grew its fleet from 6,000 GPUs to over 25,000.", "en"), [
      "6000 GPUs",
      "25000 GPUs",
    ]);
    assert.deepEqual(read("Lambda a porté son parc de 3 000 puces à plus de 14 000.", "fr"), [
      "3000 GPUs",
      "14000 GPUs",
    ]);
  });

  it("counts the old value of a change as the new value does, the noun written once after it (fr, en)", () => {
    assert.deepEqual(read("Lambda a fait passer son parc de 3 000 à plus de 14 000 puces.", "fr"), [
      "3000 GPUs",
      "14000 GPUs",
    ]);
    assert.deepEqual(read("Lambda grew its fleet from 6,000 to over 25,000 GPUs.", "en"), [
      "6000 GPUs",
      "25000 GPUs",
    ]);
  });

  it("counts a part after 'with' or « dont », a participle of allocation closing it", () => {
    assert.deepEqual(read("Nimbrix ordered 70,000 GPUs, with about 45,000 earmarked for Nevada.", "en"), [
      "70000 GPUs",
      "45000 GPUs",
    ]);
    assert.deepEqual(
      read("Nimbrix a commandé 70 000 puces, dont près de 45 000 destinées au Nevada.", "fr"),
      ["70000 GPUs", "45000 GPUs"],
    );
  });

  it("leaves a part with a noun of its own, and a range of years (near-miss)", () => {
    assert.deepEqual(read("Nimbrix ordered 70,000 GPUs, with 12 data halls planned in Nevada.", "en"), [
      "70000 GPUs",
    ]);
    assert.deepEqual(read("Nimbrix ordered 70,000 GPUs, with deliveries from 2026 to 2028.", "en"), [
      "70000 GPUs",
    ]);
  });

  it("counts the ceiling the first count may grow to, as a ceiling (en, fr)", () => {
    const bounds = (text: string, language: "fr" | "en") =>
      extract(text, language).map((c) => `${c.value.bound} ${c.value.low ?? c.value.high} ${c.unit}`);
    assert.deepEqual(
      bounds(
        "Velora will install 4,500 Nvidia GPUs in Ohio next year, with room to scale to 22,000 across its sites.",
        "en",
      ),
      ["exact 4500 GPUs", "up_to 22000 GPUs"],
    );
    assert.deepEqual(
      bounds("Nimbrix deploys 6,000 GPUs this spring, with capacity to expand to 18,000.", "en"),
      ["exact 6000 GPUs", "up_to 18000 GPUs"],
    );
    assert.deepEqual(bounds("Nimbrix installera 3 000 puces à Lyon, extensible à 12 000 d'ici 2028.", "fr"), [
      "exact 3000 GPUs",
      "up_to 12000 GPUs",
    ]);
  });

  it("leaves a bare figure after a ceiling word that is no count's (near-miss)", () => {
    const text = "Velora installed 8,000 GPUs in Ohio, with room to scale to 40 hectares of halls.";
    assert.deepEqual(read(text, "en"), ["8000 GPUs"]);
  });
});
