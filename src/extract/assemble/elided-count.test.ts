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
