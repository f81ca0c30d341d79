import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const stakes = claimFields(["entity", "counterparty", "low"], { where: (c) => c.metric === "equity_stake" });

describe("a stake in a project", () => {
  it("is held in the project named before it, not in the other holder", () => {
    assert.deepEqual(
      stakes(
        "Oracle is building the Lodestar campus in Ohio. The $12 billion financing was arranged with Blackstone, which will own 70% of the project.",
        "en",
      ),
      [["Blackstone", "Lodestar", 0.7]],
    );
    assert.deepEqual(
      stakes(
        "Le campus Lodestar, dans l'Ohio, coûtera 12 milliards de dollars. Blackstone détiendra 70 % du projet.",
        "fr",
      ),
      [["Blackstone", "Lodestar", 0.7]],
    );
  });

  it("'a vehicle in which' names its holders after it", () => {
    assert.deepEqual(
      stakes(
        "The Lodestar campus is funded through a $12 billion vehicle in which funds managed by Blackstone hold 70% and Oracle the remaining 30%.",
        "en",
      ),
      [
        ["Blackstone", "Lodestar", 0.7],
        ["Oracle", "Lodestar", 0.3],
      ],
    );
  });
});
