/** What the queue tests share: a small scenario to run through the queue, and polling until a state. */

/** Six years of cash from a growing revenue and an uncertain cost: quick to run, any number of chunks. */
export const SCENARIO = `name: queued
periods: {start: 2025, end: 2030}
inputs:
  r0: {unit: USD/yr, lognormal: {p5: 12.0e9, p95: 14.0e9}, assumption: true}
  g: {unit: x, lognormal: {p5: 1.3, p95: 2.0}, assumption: true}
  cost: {unit: USD/yr, triangular: {low: 20.0e9, mode: 30.0e9, high: 60.0e9}, assumption: true}
variables:
  revenue: {unit: USD/yr, formula: "if(year == 2025, r0, prev(revenue) * g)"}
  cash: {unit: USD, formula: "prev(cash, 0) + (revenue * 0.4 - cost) * period"}
outputs: [cash, revenue]
events:
  positive: "cash[2030] > 0"
`;

/** Polls `probe` until it gives a value (or gives up after `limitMs`). */
export async function until<T>(what: string, probe: () => Promise<T | null>, limitMs = 120_000): Promise<T> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
