import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

const rolesOf = (text: string, language: "fr" | "en", value: number) => {
  const claim = claimAt(extract(text, language), value);
  return [claim.entity, claim.counterparty];
};

describe("capacity a company builds, leases or hands over to another", () => {
  it("is the capacity of the company it is built for, from the builder (en)", () => {
    const text = "Crusoe is building a 1.6 GW campus for Anthropic in Wyoming.";
    assert.deepEqual(rolesOf(text, "en", 1.6), ["Anthropic", "Crusoe"]);
  });

  it("is the capacity of the company it is built for, from the builder (fr)", () => {
    const text = "Crusoe construit un campus de 1,6 GW pour Anthropic dans le Wyoming.";
    assert.deepEqual(rolesOf(text, "fr", 1.6), ["Anthropic", "Crusoe"]);
  });

  it("is the tenant's when it is leased to it (en)", () => {
    const text = "IREN has leased 350 megawatts of capacity to Microsoft at its Texas site.";
    assert.deepEqual(rolesOf(text, "en", 0.35), ["Microsoft", "IREN"]);
  });

  it("is the tenant's when it is leased to it (fr)", () => {
    const text = "IREN a loué 350 mégawatts de capacité à Microsoft sur son site texan.";
    assert.deepEqual(rolesOf(text, "fr", 0.35), ["Microsoft", "IREN"]);
  });

  it("is the user's when the supplier's site will serve it (en)", () => {
    const text = "Nscale's 180MW site in Finland will serve Microsoft from next spring.";
    assert.deepEqual(rolesOf(text, "en", 0.18), ["Microsoft", "Nscale"]);
  });

  it("is the user's when the supplier's site will serve it (fr)", () => {
    const text = "Le site de 180 MW de Nscale en Finlande servira Microsoft dès le printemps.";
    assert.deepEqual(rolesOf(text, "fr", 0.18), ["Microsoft", "Nscale"]);
  });

  it("is the tenant's named in a relative clause (en)", () => {
    const text = "Vantage Data Centers will build a 1.1 GW campus in Ohio, which Oracle will lease.";
    assert.deepEqual(rolesOf(text, "en", 1.1), ["Oracle", "Vantage Data Centers"]);
  });

  it("is the company's named after 'on behalf of' (en)", () => {
    const text = "Lambda will host 120 megawatts in Kansas City on behalf of Microsoft.";
    assert.deepEqual(rolesOf(text, "en", 0.12), ["Microsoft", "Lambda"]);
  });

  it("stays the builder's own portfolio when no company is served (en)", () => {
    const text = "Crusoe now has more than 3.4 GW of power under development across its own sites.";
    assert.deepEqual(rolesOf(text, "en", 3.4), ["Crusoe", null]);
  });

  it("is the company it is put at the disposal of or meant for (fr)", () => {
    const text = "Nscale mettra 150 mégawatts à la disposition de Microsoft au Portugal.";
    assert.deepEqual(rolesOf(text, "fr", 0.15), ["Microsoft", "Nscale"]);
    const meant = "SoftBank développe deux sites destinés à OpenAI, d'une capacité totale de 1,3 GW.";
    assert.deepEqual(rolesOf(meant, "fr", 1.3), ["OpenAI", "SoftBank"]);
  });

  it("is the tenant's named as such (fr, en)", () => {
    const fr = "Vantage Data Centers construit un campus de 1,2 GW dont Oracle sera le locataire.";
    assert.deepEqual(rolesOf(fr, "fr", 1.2), ["Oracle", "Vantage Data Centers"]);
    const en = "Vantage Data Centers is building a 1.2 GW campus with Oracle as anchor tenant.";
    assert.deepEqual(rolesOf(en, "en", 1.2), ["Oracle", "Vantage Data Centers"]);
  });

  it("is the user's of a site the supplier builds, named after it (en)", () => {
    const text = "The 270 MW campus that Nebius is building in New Jersey will be dedicated to Microsoft.";
    assert.deepEqual(rolesOf(text, "en", 0.27), ["Microsoft", "Nebius"]);
  });
});

describe("a pronoun after capacity built for another company", () => {
  it("stays with the builder it stands for, not the company served (fr)", () => {
    const text =
      "La start-up Crusoe a présenté un nouveau projet.\n\nL'entreprise y construira pour Anthropic un campus de 1,6 GW.\n\nElle exploite déjà 2,8 GW de capacité en propre.";
    assert.deepEqual(rolesOf(text, "fr", 2.8), ["Crusoe", null]);
  });

  it("stays with the builder it stands for, not the company served (en)", () => {
    const text =
      "Crusoe unveiled a new project on Tuesday.\n\nThe company is building a 1.6 GW campus for Anthropic in Wyoming.\n\nIt already operates 2.8 GW of capacity of its own.";
    assert.deepEqual(rolesOf(text, "en", 2.8), ["Crusoe", null]);
  });
});

describe("a lease signed with a company, a site a company owns", () => {
  it("capacity under leases signed with a company is that company's (en)", () => {
    const text =
      "Applied Digital has signed 15-year leases with CoreWeave covering 250 MW at its North Dakota campus.";
    assert.deepEqual(rolesOf(text, "en", 0.25), ["CoreWeave", "Applied Digital"]);
  });

  it("capacity under leases signed with a company is that company's (fr)", () => {
    const text =
      "Applied Digital a signé des baux de 15 ans avec CoreWeave portant sur 250 MW dans le Dakota du Nord.";
    assert.deepEqual(rolesOf(text, "fr", 0.25), ["CoreWeave", "Applied Digital"]);
  });

  it("a company's site financed by another is the company's (en)", () => {
    const text = "Meta's Prometheus campus in Ohio, financed by Blue Owl, is expected to reach 3 GW by 2029.";
    assert.deepEqual(rolesOf(text, "en", 3), ["Meta", null]);
  });
});

describe("capacity built, run or leased for a company", () => {
  it("is that company's, its builder the counterparty (fr)", () => {
    assert.deepEqual(rolesOf("Nscale construira pour Cohere un campus de 1 GW en Bavière.", "fr", 1), [
      "Cohere",
      "Nscale",
    ]);
    assert.deepEqual(rolesOf("Oracle aménage en Ohio un site de 1,6 GW destiné à Anthropic.", "fr", 1.6), [
      "Anthropic",
      "Oracle",
    ]);
    assert.deepEqual(
      rolesOf(
        "Un centre de données de 350 MW sera exploité par Nebius pour le compte de Meta en Finlande.",
        "fr",
        0.35,
      ),
      ["Meta", "Nebius"],
    );
    assert.deepEqual(
      rolesOf("Le campus de 450 MW que Data4 bâtira pour Amazon ouvrira en 2028.", "fr", 0.45),
      ["Amazon", "Data4"],
    );
  });

  it("is that company's, its builder the counterparty (en)", () => {
    assert.deepEqual(rolesOf("Nscale will build a 1 GW campus for Cohere in Bavaria.", "en", 1), [
      "Cohere",
      "Nscale",
    ]);
    assert.deepEqual(rolesOf("The Ohio site leased to Anthropic by Crusoe will deliver 0.7 GW.", "en", 0.7), [
      "Anthropic",
      "Crusoe",
    ]);
  });

  it("names the builder as the counterparty when the company served already owns it (fr)", () => {
    assert.deepEqual(
      rolesOf("Le campus de 300 MW qu'exploitera Data4 pour Meta sera livré en 2027.", "fr", 0.3),
      ["Meta", "Data4"],
    );
  });

  it("leaves a builder's own portfolio to the builder (fr, en)", () => {
    assert.deepEqual(rolesOf("Data4 exploite déjà 250 MW de capacités en Europe.", "fr", 0.25), [
      "Data4",
      null,
    ]);
    assert.deepEqual(rolesOf("Data4 already operates 250 MW across Europe.", "en", 0.25), ["Data4", null]);
  });

  it("leaves a site passed down a chain of leases to its builder (fr)", () => {
    const text = "Nscale exploite à Lisbonne un campus de 800 MW loué à Oracle pour le compte de Cohere.";
    assert.equal(rolesOf(text, "fr", 0.8)[0], "Nscale");
  });
});

describe("capacity to be built or run for another company", () => {
  it("is a deal's term: commitment, not a plan (fr, en)", () => {
    assert.equal(
      claimAt(extract("Nscale construira pour Cohere un campus de 1 GW en Bavière.", "fr"), 1).qualifier,
      "commitment",
    );
    assert.equal(
      claimAt(extract("Nscale will build a 1 GW campus for Cohere in Bavaria.", "en"), 1).qualifier,
      "commitment",
    );
  });

  it("stays a plan when a builder builds for itself (fr)", () => {
    assert.equal(
      claimAt(extract("Data4 construira 2 GW de capacités en Europe d'ici 2030.", "fr"), 2).qualifier,
      "target",
    );
  });
});

describe("capacity leased to a company named by a periphrasis", () => {
  it("is that company's (fr)", () => {
    const text =
      "Microsoft a conclu un accord avec Nscale. La société britannique construira au Texas un campus de 240 MW, dont la capacité sera entièrement louée au géant de Redmond.";
    assert.deepEqual(rolesOf(text, "fr", 0.24), ["Microsoft", "Nscale"]);
  });
});

describe("capacity sold or ceded to a company", () => {
  it("is the buyer's (fr)", () => {
    const text = "Le promoteur Kestrel Energy a vendu à xAI un campus de 1 GW près de Memphis.";
    assert.deepEqual(rolesOf(text, "fr", 1), ["xAI", "Kestrel Energy"]);
    const ceded = "Le promoteur Kestrel Energy a cédé à xAI un campus de 1 GW près de Memphis.";
    assert.deepEqual(rolesOf(ceded, "fr", 1), ["xAI", "Kestrel Energy"]);
  });

  it("is the buyer's (en)", () => {
    const text = "Developer Kestrel Energy sold xAI a 1 GW campus near Memphis.";
    assert.deepEqual(rolesOf(text, "en", 1)[0], "xAI");
  });
});

describe("the power of a site its owner or its tenant is named on", () => {
  it("is the site owner's, not the financer's or the equipment maker's (fr)", () => {
    assert.equal(rolesOf("MGX financera le site de 230 MW de Nscale en Norvège.", "fr", 0.23)[0], "Nscale");
    assert.equal(
      rolesOf("Nvidia équipera de ses puces le site de 230 MW de Nscale en Norvège.", "fr", 0.23)[0],
      "Nscale",
    );
    assert.equal(
      rolesOf(
        "Pimco et Blue Owl financeront le campus Hyperion de Meta, d'une puissance de 2 GW.",
        "fr",
        2,
      )[0],
      "Meta",
    );
  });

  it("is the site owner's, not the financer's (en)", () => {
    assert.equal(
      rolesOf("MGX will finance Mistral AI's 1.4 GW campus in Essonne.", "en", 1.4)[0],
      "Mistral AI",
    );
    assert.equal(rolesOf("Pimco and Blue Owl will finance Meta's 2 GW Hyperion campus.", "en", 2)[0], "Meta");
  });

  it("is the tenant's when the tenant is named before the site (fr, en)", () => {
    assert.equal(
      rolesOf("OpenAI sera l'unique locataire du campus de 1 GW de Kestrel Energy.", "fr", 1)[0],
      "OpenAI",
    );
    assert.equal(
      rolesOf("OpenAI will be the sole tenant of Kestrel Energy's 1 GW campus.", "en", 1)[0],
      "OpenAI",
    );
  });

  it("leaves the maker of the hardware out of the owner (en)", () => {
    const text = "OpenAI will deploy 10 gigawatts of Nvidia systems over the next years.";
    assert.equal(rolesOf(text, "en", 10)[0], "OpenAI");
  });
});
