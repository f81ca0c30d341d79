import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractClaims } from "../index.js";

const read = (text: string, language: "fr" | "en") =>
  extractClaims({ text, language, published: "2025-08-01", document: "d.txt" });

const values = (text: string, language: "fr" | "en") =>
  read(text, language).claims.map((c) => c.value.low ?? c.value.high);

describe("figures that describe a third party or a thing beside the deal (CLAIMS.md §8)", () => {
  it("the size of an investment firm is not a figure of the round it leads", () => {
    assert.deepEqual(
      values(
        "Crusoe raised $600 million in a round led by Halcyon Partners, a $25 billion private equity firm based in Boston.",
        "en",
      ),
      [6e8],
    );
    assert.deepEqual(
      values(
        "Nscale a levé 1,1 milliard de dollars auprès de Halcyon Partners, une société d'investissement de 25 milliards de dollars basée à Boston.",
        "fr",
      ),
      [1.1e9],
    );
  });

  it("a fund an investor has is not a figure of the deal", () => {
    assert.deepEqual(
      values(
        "Halcyon Partners backs Crusoe. The firm also manages a $12 billion fund dedicated to infrastructure.",
        "en",
      ),
      [],
    );
    assert.deepEqual(
      values(
        "Halcyon Partners soutient Nscale. La société dispose aussi d'un fonds de 12 milliards de dollars dédié aux infrastructures.",
        "fr",
      ),
      [],
    );
    assert.deepEqual(values("Halcyon Partners' fund invested $5 billion in Crusoe.", "en"), [5e9]);
  });

  it("a plant given in parentheses as a yardstick is no capacity of the project", () => {
    assert.deepEqual(
      values(
        "Le campus de Fluidstack atteindra 1 GW, une puissance comparable à celle de la centrale nucléaire de Golfech (1,3 GW).",
        "fr",
      ),
      [1],
    );
    assert.deepEqual(
      values(
        "Fluidstack's campus will reach 1 GW, close to the output of the Diablo Canyon nuclear plant (2.2 GW).",
        "en",
      ),
      [1],
    );
  });

  it("a power plant's output given as a yardstick is no company's capacity", () => {
    assert.deepEqual(
      values(
        "Fluidstack vise 3 GW. À titre d'idée, la centrale nucléaire de Golfech produit environ 2,6 GW.",
        "fr",
      ),
      [3],
    );
    assert.deepEqual(
      values("Fluidstack targets 3 GW. The Diablo Canyon nuclear plant generates about 2.2 GW.", "en"),
      [3],
    );
    assert.deepEqual(
      values("Under the deal, the Diablo Canyon nuclear plant delivers 1.1 GW to Meta.", "en"),
      [1.1],
    );
  });

  it("one gigawatt as the unit a cost is given for is no capacity", () => {
    assert.deepEqual(
      values(
        "Analysts estimate that 1 GW of AI capacity can cost $40–45 billion for Fluidstack.",
        "en",
      ).includes(1),
      false,
    );
    assert.deepEqual(
      values(
        "Selon les analystes, 1 GW de capacité coûte environ 45 milliards de dollars à Fluidstack.",
        "fr",
      ).includes(1),
      false,
    );
    assert.deepEqual(values("Fluidstack will build 1 GW of capacity in Texas.", "en"), [1]);
  });

  it("the power of a cryptocurrency facility is outside AI-company finance", () => {
    assert.deepEqual(
      values("The Ohio site has 300 MW of capacity used by the Orion bitcoin mining facility.", "en"),
      [],
    );
    assert.deepEqual(
      values("Le site de l'Ohio dispose de 300 MW utilisés par une ferme de minage de bitcoins.", "fr"),
      [],
    );
  });

  it("a share held in a plant or facility is no stake in a company", () => {
    assert.deepEqual(
      values(
        "Vistra sold the campus to Meta, except for the Orion cryptocurrency facility, in which Vistra will keep its 60% interest.",
        "en",
      ),
      [],
    );
    assert.deepEqual(
      values(
        "Vistra exploite la centrale de Comanche Peak, dont elle détient 80 % avec ses partenaires. Energy Harbor détient les 20 % restants.",
        "fr",
      ),
      [],
    );
    assert.deepEqual(
      values("Vistra operates the Comanche Peak plant. Energy Harbor owns the other 20%.", "en"),
      [],
    );
    assert.deepEqual(values("Microsoft owns the other 27% of OpenAI's capital.", "en"), [0.27]);
  });

  it("a utility's own generation fleet is outside AI-company finance", () => {
    assert.deepEqual(
      values("Vistra owns about 41 GW, mostly in Texas, according to its annual report.", "en"),
      [],
    );
    assert.deepEqual(
      values("Engie exploite environ 100 GW dans le monde, selon son rapport annuel.", "fr"),
      [],
    );
    assert.deepEqual(
      values("Vistra owns about 2 GW of data centre capacity in Texas.", "en").length > 0,
      true,
    );
    assert.deepEqual(
      values(
        "Engie exploite environ 100 GW dans le monde, a indiqué la société dans son rapport annuel.",
        "fr",
      ),
      [],
    );
  });

  it("a vague amount a generic task requires is no company's figure", () => {
    assert.deepEqual(
      values(
        "Entraîner ces modèles exige une infrastructure colossale : des milliers de GPU et beaucoup d'énergie.",
        "fr",
      ),
      [],
    );
    assert.deepEqual(
      values(
        "Training such models requires huge infrastructure: thousands of GPUs and a lot of power.",
        "en",
      ),
      [],
    );
  });

  it("GPU servers and GPU hours are no count of GPUs", () => {
    assert.deepEqual(values("Meta agreed to rent 8,000 GPU servers from Nebius.", "en"), []);
    assert.deepEqual(values("Meta bought 3 million GPU hours from Nebius.", "en"), []);
    assert.deepEqual(values("Meta a acheté 3 millions d'heures GPU à Nebius.", "fr"), []);
    assert.deepEqual(values("Meta agreed to rent 8,000 GPUs from Nebius.", "en"), [8000]);
  });

  it("a cash flow and a leader's market share are recorded by no metric", () => {
    assert.deepEqual(
      values("Nebius forecasts $40 billion in revenue and $9 billion in positive cash flow by 2028.", "en"),
      [4e10],
    );
    assert.deepEqual(
      values("Equinix held the largest share of leased power in Europe in 2024, with a 12% share.", "en"),
      [],
    );
    assert.deepEqual(
      values("Equinix détient la plus grande part de la puissance louée en Europe, avec 12 %.", "fr"),
      [],
    );
  });

  it("an interest expense is recorded by no metric", () => {
    assert.deepEqual(
      values("Investors will watch interest expense ($250–$280 million guided for the quarter).", "en"),
      [],
    );
    assert.deepEqual(
      values("Les charges d'intérêts de Nebius s'élèvent à 90 millions de dollars au trimestre.", "fr"),
      [],
    );
  });
});
