import { describe, it } from "node:test";
import { assertOwner } from "../../../test/support/probes.js";

/**
 * Invented companies (Velorine, Brisalys, Tessellis) and invented sentences: a company described by
 * another it is set against or likened to ("the French rival of OpenAI", « le pendant hexagonal de
 * ChatGPT ») is the company the text is about, not the one named.
 */
const owns = assertOwner;

describe("a counterpart phrase stands for the company the text is about", () => {
  it("'the French rival of OpenAI', 'the European answer to OpenAI', 'the OpenAI rival' (en)", () => {
    const lead = "Velorine raises funds\n\nVelorine was founded in Lyon in 2023.";
    owns(
      `${lead} In June, the French rival of OpenAI announced a $105 million funding round.`,
      105e6,
      "Velorine",
    );
    owns(`${lead} A year later, the European answer to OpenAI closed a $300 million round.`, 3e8, "Velorine");
    owns(`${lead} The OpenAI rival now counts 2 million weekly active users.`, 2e6, "Velorine");
    owns(`${lead} Last spring the small counterpart of Nvidia raised $200 million.`, 2e8, "Velorine");
  });

  it("« le concurrent lyonnais d'OpenAI », « l'équivalent français de ChatGPT », « le pendant européen de Nvidia » (fr)", () => {
    const lead = "La start-up Velorine accélère\n\nLa start-up lyonnaise Velorine a été fondée en 2023.";
    owns(
      `${lead} Au printemps, le concurrent lyonnais d'OpenAI a bouclé un tour de table de 90 millions d'euros.`,
      9e7,
      "Velorine",
      "fr",
    );
    owns(
      `${lead} Un an plus tard, l'équivalent français de ChatGPT a bouclé un tour de table de 300 millions d'euros.`,
      3e8,
      "Velorine",
      "fr",
    );
    owns(
      `${lead} Le pendant européen de Nvidia a aussi levé 200 millions d'euros en 2024.`,
      2e8,
      "Velorine",
      "fr",
    );
    owns(
      `${lead} La réponse européenne à OpenAI revendique désormais 3 millions d'utilisateurs actifs.`,
      3e6,
      "Velorine",
      "fr",
    );
  });
});

describe("a counterpart phrase that stands for no other company (near misses)", () => {
  it("a name apposed to the phrase owns the figure ('OpenAI rival Anthropic', « Brisalys, le rival d'OpenAI, »)", () => {
    owns(
      "Velorine widens its lead\n\nOpenAI rival Tessellis raised $130 million in September.",
      13e7,
      "Tessellis",
    );
    owns(
      "Velorine accélère\n\nBrisalys, le concurrent allemand d'OpenAI, a levé 80 millions d'euros en mai.",
      8e7,
      "Brisalys",
      "fr",
    );
  });

  it("the company named with a figure of its own keeps it ('the revenue of OpenAI')", () => {
    owns(
      "Velorine widens its lead\n\nVelorine was founded in 2023. The revenue of OpenAI reached $13 billion last year.",
      13e9,
      "OpenAI",
    );
  });
});
