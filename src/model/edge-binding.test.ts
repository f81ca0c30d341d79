import assert from "node:assert/strict";
import { test } from "node:test";
import type { BindableEdge, ClaimResolver } from "./bind.js";
import { parseScenario } from "./load.js";
import { prepareScenarioText } from "./load-scenario-file.js";

function edge(id: string, status: string, low: number, high: number, kind = "equity"): BindableEdge {
  return {
    id,
    from: "Nvidia",
    to: "OpenAI",
    instrument: kind,
    status,
    qualifier: status === "letter_of_intent" ? "letter_of_intent" : "reported",
    amount: {
      low,
      high,
      bound: "range",
      unit: "USD",
      text: `Nvidia puts ${low / 1e9}–${high / 1e9} bn $ into OpenAI.`,
    },
    dates: { announced: "2026-02-01" },
    claimIds: [`${id}_c1`, `${id}_c2`],
    sources: [{ documentId: `${id}_doc`, quote: "…" }],
  };
}

/** A resolver over a small deal graph: only edges, no claims. */
function graphResolver(edges: BindableEdge[]): ClaimResolver {
  return {
    byId: () => null,
    find: () => [],
    edges: (from, to) => edges.filter((e) => e.from === from && e.to === to),
  };
}

const scenario = (unit = "USD", fallback = "") => `name: e
periods: {start: 2025, end: 2026}
inputs:
  nvidia_equity:
    unit: ${unit}
    from: {edge: {from: Nvidia, to: OpenAI, kind: equity}}
${fallback}variables:
  x: {unit: ${unit}, formula: nvidia_equity}
`;

test("an input takes a deal-graph edge's amount: a range becomes a distribution, with the edge's claims", async () => {
  const graph = graphResolver([
    edge("loi", "superseded", 100e9, 100e9),
    edge("eq", "definitive", 20e9, 40e9),
  ]);
  const prepared = await prepareScenarioText(scenario(), "e.yaml", graph);
  assert.ok(prepared.program, prepared.issues.map((i) => i.message).join("; "));
  const input = prepared.program.inputs.find((i) => i.name === "nvidia_equity")!;
  assert.equal(input.origin.kind, "ledger");
  if (input.origin.kind !== "ledger") return;
  assert.deepEqual(
    input.origin.claimIds,
    ["eq_c1", "eq_c2"],
    "the live edge, not the superseded letter of intent",
  );
  assert.match(input.origin.why, /live equity edge Nvidia → OpenAI \(definitive\); 1 other edge/);
  assert.match(input.origin.quote, /20–40 bn/);
  assert.equal(input.origin.document, "eq_doc");
  assert.deepEqual(input.dist, { kind: "uniform", low: 20e9, high: 40e9 }, "a range binds as claims do");
});

test("an edge of another kind, or only a superseded one, leaves the input to its fallback", async () => {
  const fallback = "    fallback: {point: 1.0e9}\n";
  for (const edges of [[edge("eq", "definitive", 1, 2, "loan")], [edge("loi", "superseded", 1, 2)]]) {
    const prepared = await prepareScenarioText(scenario("USD", fallback), "e.yaml", graphResolver(edges));
    assert.ok(prepared.program);
    assert.equal(prepared.program.inputs[0]!.origin.kind, "fallback");
    assert.match(
      prepared.issues.map((i) => i.message).join(),
      /no ledger claim for the equity edge Nvidia → OpenAI/,
    );
  }
});

test("an edge's deal size is an amount: a per-year input refuses it", async () => {
  const prepared = await prepareScenarioText(
    scenario("USD/yr"),
    "e.yaml",
    graphResolver([edge("eq", "definitive", 20e9, 40e9)]),
  );
  assert.equal(prepared.program, null);
  assert.match(prepared.issues.map((i) => i.message).join(), /refuses claim eq .*not a flow over one year/);
});

test("an edge reference names from, to and kind", () => {
  const loaded = parseScenario(scenario().replace(", kind: equity", ""), "e.yaml");
  assert.equal(loaded.value, null);
  assert.match(loaded.issues.map((i) => i.message).join(), /inputs\.nvidia_equity\.from\.edge\.kind/);
});

const vendorScenario = `name: v
periods: {start: 2025, end: 2026}
inputs:
  from_vendors:
    unit: USD
    from: {vendor_funding: {company: OpenAI}}
    fallback: {point: 1.0e9}
variables:
  x: {unit: USD, formula: from_vendors}
`;

test("vendor_funding binds the sum of the vendors' investments in the latest round, with all their claims", async () => {
  const nvidia = edge("nv", "definitive", 20e9, 30e9);
  const amd = { ...edge("amd", "definitive", 5e9, 5e9), from: "AMD" };
  const asked: string[] = [];
  const resolver: ClaimResolver = {
    byId: () => null,
    find: () => [],
    vendorFunding: (company) => {
      asked.push(company);
      return [nvidia, amd];
    },
  };
  const prepared = await prepareScenarioText(vendorScenario, "v.yaml", resolver);
  assert.ok(prepared.program, prepared.issues.map((i) => i.message).join("; "));
  assert.deepEqual(asked, ["OpenAI"]);
  const input = prepared.program.inputs[0]!;
  assert.equal(input.origin.kind, "ledger");
  if (input.origin.kind !== "ledger") return;
  assert.deepEqual(input.origin.claimIds, ["nv_c1", "nv_c2", "amd_c1", "amd_c2"]);
  assert.match(input.origin.why, /OpenAI's latest round from its own vendors: Nvidia .*AMD/);
  assert.deepEqual(input.dist, { kind: "uniform", low: 25e9, high: 35e9 }, "each end summed on its own");
});

test("vendor_funding with no vendor in the round, or no graph, falls back", async () => {
  for (const resolver of [graphResolver([]), { ...graphResolver([]), vendorFunding: () => [] }]) {
    const prepared = await prepareScenarioText(vendorScenario, "v.yaml", resolver);
    assert.ok(prepared.program);
    assert.equal(prepared.program.inputs[0]!.origin.kind, "fallback");
    assert.match(prepared.issues.map((i) => i.message).join(), /latest round from its own vendors/);
  }
});
