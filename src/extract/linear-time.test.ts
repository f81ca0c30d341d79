import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { describe, it } from "node:test";

/**
 * Extraction time against input size, in a child process of its own (a clean heap, no other test's
 * work in between): four times the text must cost about four times as much, whatever its shape.
 * Only a ratio is asserted, with room for a loaded machine; never a duration.
 */
const SHAPES: [name: string, unit: string, language: "fr" | "en"][] = [
  ["one sentence without a full stop", "OpenAI a leve 40 milliards de dollars et 13 milliards ", "fr"],
  [
    "a long chain of clauses",
    "Microsoft, qui a investi 13 milliards de dollars, tandis qu'Oracle a signé un contrat de 300 milliards; ",
    "fr",
  ],
  ["a long list of figures", "$4 billion, $5.5 billion, 12 %, 3 GW, 40,000 GPUs, ", "en"],
  ["a long list of companies", "OpenAI, Microsoft, Nvidia, Oracle, AMD, SoftBank, Meta et Google, ", "fr"],
  ["deep nesting", "(Nvidia [OpenAI ($5 billion {Oracle (", "en"],
  ["dates and figures interleaved", "en 2025, fin 2026, 40 milliards de dollars d'ici 2030, ", "fr"],
  ["a run of digits", "1234567890", "fr"],
  ["many short sentences", "OpenAI a levé 40 milliards de dollars en mars 2025. ", "fr"],
];

describe("extractClaims — linear time", () => {
  it("1× and 4× of each shape: the time grows in proportion", () => {
    const here = import.meta.url;
    const moduleUrl = new URL(`./index${here.endsWith(".ts") ? ".ts" : ".js"}`, here).href;
    const script = `
      const { extractClaims } = await import(${JSON.stringify(moduleUrl)});
      const shapes = ${JSON.stringify(SHAPES)};
      const make = (unit, size) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
      const median = (text, language) => {
        const times = [];
        for (let r = 0; r < 3; r++) {
          const t0 = performance.now();
          extractClaims({ text, language, published: "2025-10-01", document: "x" });
          times.push(performance.now() - t0);
        }
        return times.sort((a, b) => a - b)[1];
      };
      const KB = 1024;
      extractClaims({ text: make(shapes[0][1], 4 * KB), language: "fr", published: null, document: "warm" });
      const out = {};
      for (const [name, unit, language] of shapes)
        out[name] = { one: median(make(unit, 12 * KB), language), four: median(make(unit, 48 * KB), language) };
      console.log(JSON.stringify(out));
    `;
    const child = spawnSync(
      process.execPath,
      [...process.execArgv, "--input-type=module", "--eval", script],
      {
        encoding: "utf8",
        timeout: 300_000,
      },
    );
    assert.equal(child.status, 0, child.stderr);
    const result = JSON.parse(child.stdout.trim().split("\n").pop() ?? "{}") as Record<
      string,
      { one: number; four: number }
    >;
    assert.equal(Object.keys(result).length, SHAPES.length);
    // About 4× when linear, 16× when quadratic: 10× leaves room for a loaded machine.
    for (const [name, { one, four }] of Object.entries(result))
      assert.ok(
        four < 10 * Math.max(one, 20),
        `${name}: 12 KB ${one.toFixed(0)} ms, 48 KB ${four.toFixed(0)} ms`,
      );
  });
});
