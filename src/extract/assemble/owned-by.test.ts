import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ownedBy } from "./owned-by.js";
import type { Candidate } from "./types.js";

const figure = (counterparty: string | null) =>
  ({
    entity: "Microsoft",
    entityAt: { start: 0, end: 9 },
    counterparty,
    counterpartyAt: counterparty ? { start: 20, end: 27 } : null,
  }) as Candidate;

describe("handing a figure to the company that owns it", () => {
  it("writes the owner where it stands and drops it as the counterparty", () => {
    const c = figure("Stargate");
    ownedBy(c, { canonical: "Stargate", start: 20, end: 28 });
    assert.deepEqual(
      [c.entity, c.entityAt, c.counterparty, c.counterpartyAt],
      ["Stargate", { start: 20, end: 28 }, null, null],
    );
  });

  it("keeps another counterparty", () => {
    const c = figure("OpenAI");
    ownedBy(c, { canonical: "Oracle", start: 30, end: 36 });
    assert.deepEqual(
      [c.entity, c.counterparty, c.counterpartyAt],
      ["Oracle", "OpenAI", { start: 20, end: 27 }],
    );
  });
});
