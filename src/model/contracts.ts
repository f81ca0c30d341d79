import type { SourcePath } from "./load.js";
import { type Contract, contractMonth, type Scenario, type ScenarioInput } from "./schema.js";

/**
 * Commitment contracts → ordinary inputs and variables, named after the contract, so formulas,
 * the engine and the reference evaluator see nothing new. For a contract `c`:
 *
 *   c_spend        USD/yr  what the contract bills each year (0 in samples where it does not go through)
 *   c_minimum      USD/yr  what is owed whatever is taken: c_spend × take-or-pay share
 *   c_cancellable  USD/yr  c_spend − c_minimum
 *   c_termination_fee USD  owed to cancel
 *
 * and `contracts_spend`, `contracts_minimum`, `contracts_cancellable` add all contracts up.
 * Helper inputs: c_total (USD) and c_profile (1/yr, the share of the total billed in each year,
 * by months, so a contract starting in July bills half a year), or c_schedule (USD/yr); and
 * c_goes_through (1 or 0, drawn once per sample) when the probability is below 1.
 */

export const CONTRACT_SERIES = ["spend", "minimum", "cancellable"] as const;

/** What a contract `c` adds to the scenario: name, unit, meaning (the language doc's table). */
export const CONTRACT_NAMES: readonly (readonly [string, string, string])[] = [
  ["c_spend", "USD/yr", "what the contract bills each year; 0 in samples where it does not go through"],
  ["c_minimum", "USD/yr", "what is owed whatever is taken: c_spend × take_or_pay"],
  ["c_cancellable", "USD/yr", "c_spend − c_minimum"],
  ["c_termination_fee", "USD", "owed to cancel"],
  [
    "c_total, c_profile",
    "USD, 1/yr",
    "with total: the value drawn once, and the share billed each year (by months)",
  ],
  ["c_schedule", "USD/yr", "with schedule: the amounts of each year, 0 outside them"],
  ["c_goes_through", "fraction", "1 or 0, drawn once per sample, when probability < 1"],
  ["contracts_spend, contracts_minimum, contracts_cancellable", "USD/yr", "all contracts added up"],
];
export const CONTRACT_TOTALS = CONTRACT_SERIES.map((series) => `contracts_${series}`);

export interface ContractProblem {
  path: SourcePath;
  message: string;
}

/** The share of a contract's total billed in each year (months in that year ÷ months in all). */
export function monthShares(
  start: number | string,
  end: number | string,
  years: readonly number[],
): number[] {
  const first = contractMonth(start, false);
  const last = contractMonth(end, true);
  const months = last - first + 1;
  return years.map((y) => {
    const overlap = Math.min(last, y * 12 + 11) - Math.max(first, y * 12) + 1;
    return Math.max(0, overlap) / months;
  });
}

function provenance(contract: Contract): Partial<ScenarioInput> {
  const { citation, assumption, reason } = contract;
  return {
    ...(citation ? { citation } : {}),
    ...(assumption !== undefined ? { assumption } : {}),
    ...(reason !== undefined ? { reason } : {}),
  };
}

function contractInputs(
  name: string,
  contract: Contract,
  years: readonly number[],
): Record<string, ScenarioInput> {
  const about = `${contract.counterparty}${contract.description ? `: ${contract.description}` : ""}`;
  const base = { ...provenance(contract), description: about };
  const inputs: Record<string, ScenarioInput> = {};
  if (contract.total !== undefined) {
    const total = typeof contract.total === "number" ? { point: contract.total } : contract.total;
    inputs[`${name}_total`] = { ...base, unit: "USD", ...total };
    const shares = monthShares(contract.start!, contract.end!, years);
    const schedule = Object.fromEntries(years.map((y, i) => [String(y), shares[i]!]));
    inputs[`${name}_profile`] = { ...base, unit: "1/yr", schedule, outside: "zero" };
  } else
    inputs[`${name}_schedule`] = { ...base, unit: "USD/yr", schedule: contract.schedule!, outside: "zero" };
  const probability = contract.probability ?? 1;
  if (probability < 1)
    inputs[`${name}_goes_through`] = {
      ...base,
      unit: "fraction",
      discrete: { values: [1, 0], weights: [probability, 1 - probability] },
    };
  inputs[`${name}_termination_fee`] = { ...base, unit: "USD", point: contract.termination_fee ?? 0 };
  return inputs;
}

function contractVariables(name: string, contract: Contract): Scenario["variables"] {
  const billed = contract.total !== undefined ? `${name}_total * ${name}_profile` : `${name}_schedule`;
  const chance = (contract.probability ?? 1) < 1 ? ` * ${name}_goes_through` : "";
  const owed = contract.take_or_pay ?? (contract.terms === "binding" ? 1 : 0);
  const description = `${contract.counterparty}, ${contract.terms}, ${contract.status.replace(/_/g, " ")}`;
  return {
    [`${name}_spend`]: { unit: "USD/yr", formula: `${billed}${chance}`, description },
    [`${name}_minimum`]: { unit: "USD/yr", formula: `${name}_spend * ${owed}`, description },
    [`${name}_cancellable`]: { unit: "USD/yr", formula: `${name}_spend - ${name}_minimum`, description },
  };
}

/** The scenario with its contracts added as inputs and variables; a generated name already in use is a problem. */
export function expandContracts(scenario: Scenario): { scenario: Scenario; problems: ContractProblem[] } {
  const names = Object.keys(scenario.contracts);
  if (names.length === 0) return { scenario, problems: [] };
  const years: number[] = [];
  for (let y = scenario.periods.start; y <= scenario.periods.end; y++) years.push(y);
  const taken = new Set(
    (["inputs", "variables", "scalars", "events"] as const).flatMap((section) =>
      Object.keys(scenario[section]),
    ),
  );
  const problems: ContractProblem[] = [];
  const inputs = { ...scenario.inputs };
  const variables = { ...scenario.variables };
  const claim = (generated: string, path: SourcePath) => {
    if (taken.has(generated))
      problems.push({ path, message: `'${generated}' is already defined; rename it or the contract` });
    taken.add(generated);
  };
  for (const name of names) {
    const contract = scenario.contracts[name]!;
    const made = {
      inputs: contractInputs(name, contract, years),
      variables: contractVariables(name, contract),
    };
    for (const generated of [...Object.keys(made.inputs), ...Object.keys(made.variables)])
      claim(generated, ["contracts", name]);
    Object.assign(inputs, made.inputs);
    Object.assign(variables, made.variables);
  }
  CONTRACT_SERIES.forEach((series, i) => {
    const total = CONTRACT_TOTALS[i]!;
    claim(total, ["contracts"]);
    variables[total] = {
      unit: "USD/yr",
      formula: names.map((name) => `${name}_${series}`).join(" + "),
      description: `all contracts' ${series}`,
    };
  });
  return { scenario: { ...scenario, inputs, variables }, problems };
}
