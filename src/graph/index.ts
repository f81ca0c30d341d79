/**
 * Graph: the ledger's claims as known on a date in, the deal graph out — typed, directed edges
 * (investor → investee, issuer → holder, lender → borrower, guarantor → beneficiary, buyer → supplier,
 * payer → payee) with amount, status, terms, dates and the sentences behind them; the loops among
 * parties (strongly connected components and simple cycles, via graphology) with the money going round
 * and the round-trip share; and per-company metrics, each with its arithmetic and claims. Pure.
 */
export { amountOf, showAmount, showShare } from "./amounts.js";
export { buildDealGraph } from "./build.js";
export { dealKindOf } from "./deal-kind.js";
export { renderDot } from "./dot.js";
export { claimsKnownOn, edgesFromFacts, isLive } from "./edges.js";
export { DEFAULT_MAX_LOOP_LENGTH, DEFAULT_MAX_LOOPS } from "./loops.js";
export { GRAPH_METRICS, type GraphMetricRule, runGraphMetrics } from "./metrics/index.js";
export { roundVendorInvestments } from "./metrics/round-vendor-share.js";
export * from "./types.js";
