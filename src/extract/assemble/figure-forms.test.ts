import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extract } from "../../../test/support/claims.js";

/** [metric, low, high, unit] of every claim, in order. */
const read = (text: string, language: "fr" | "en") =>
  extract(text, language).map((c) => [c.metric, c.value.low, c.value.high, c.unit]);

describe("figures written in their less usual forms", () => {
  it("graphics cards and units standing for chips just named are a count of GPUs", () => {
    assert.deepEqual(read("Le centre de Vantor accueillera 12 000 cartes graphiques Nvidia.", "fr"), [
      ["gpu_count", 12000, 12000, "GPUs"],
    ]);
    assert.deepEqual(
      read("Kestrel Labs sells its K9 chips to cloud firms. Oracle ordered 30,000 units this year.", "en"),
      [["gpu_count", 30000, 30000, "GPUs"]],
    );
  });
});
