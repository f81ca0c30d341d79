import { describe, it } from "node:test";
import { checkQuantities as check } from "../../../test/support/quantities.js";

describe("findQuantities — a short scale glued before a currency code", () => {
  it("reads millions and billions written in one word with the code (FR, EN)", () => {
    check("fr", "Le pôle logiciel a atteint 4,35 MdsUSD.", ["4,35 MdsUSD", 4.35e9, 4.35e9, "exact", "USD"]);
    check("fr", "Une commande de 1,2 MdEUR a été signée.", ["1,2 MdEUR", 1.2e9, 1.2e9, "exact", "EUR"]);
    check("fr", "Le contrat pèse 250 MUSD.", ["250 MUSD", 2.5e8, 2.5e8, "exact", "USD"]);
    check("en", "The unit booked 3.1 bnEUR of orders.", ["3.1 bnEUR", 3.1e9, 3.1e9, "exact", "EUR"]);
  });

  it("leaves a token that only looks like one: a stablecoin's name, an unknown code", () => {
    check("en", "The fund holds 400 BUSD in reserve.", ["400", 400, 400, "exact", null]);
    check("fr", "Le lot compte 12 MdsXYZ.", ["12", 12, 12, "exact", null]);
  });
});
