import assert from "node:assert/strict";
import { test } from "node:test";
import defaultData from "./data/gazetteer.json" with { type: "json" };
import {
  COMPANY_KINDS,
  COMPANY_ROLES,
  COMPANY_SECTORS,
  canonicalName,
  defaultGazetteer,
  findNames,
  foldName,
  type GazetteerData,
} from "./gazetteer.js";

const gazetteer = defaultGazetteer();

test("spellings, products, people and periphrases resolve to the company", () => {
  assert.equal(canonicalName("NVIDIA", gazetteer), "Nvidia");
  assert.equal(canonicalName("Advanced Micro Devices", gazetteer), "AMD");
  assert.equal(canonicalName("Google", gazetteer), "Alphabet");
  assert.equal(canonicalName("AWS", gazetteer), "Amazon");
  assert.equal(canonicalName("Codex", gazetteer), "OpenAI");
  assert.equal(foldName("Oracle Corp."), "oracle");
  const names = findNames(
    "Sam Altman, Claude Code, Grok et le groupe de Redmond ; Jensen Huang chez Nvidia-OpenAI.",
    gazetteer,
  );
  assert.deepEqual(
    names.map((n) => [n.surface, n.canonical, n.kind]),
    [
      ["Sam Altman", "OpenAI", "person"],
      ["Claude Code", "Anthropic", "product"],
      ["Grok", "xAI", "product"],
      ["groupe de Redmond", "Microsoft", "periphrasis"],
      ["Jensen Huang", "Nvidia", "person"],
      ["Nvidia", "Nvidia", "company"],
      ["OpenAI", "OpenAI", "company"],
    ],
  );
});

test("a nickname is a periphrasis of its company", () => {
  assert.deepEqual(
    findNames("Troubled Chipzilla raised money; Chipzilla a levé des fonds.", gazetteer).map((n) => [
      n.canonical,
      n.kind,
    ]),
    [
      ["Intel", "periphrasis"],
      ["Intel", "periphrasis"],
    ],
  );
});

test("a company's foundation is a name of its own, not the company", () => {
  assert.deepEqual(
    findNames("The OpenAI Foundation holds equity; la Fondation OpenAI détient des actions.", gazetteer).map(
      (n) => n.canonical,
    ),
    ["OpenAI Foundation", "OpenAI Foundation"],
  );
});

test("short names match their case only, and names inside words do not match", () => {
  assert.equal(findNames("les amd et armes de Metaverse", gazetteer).length, 0);
  assert.equal(findNames("Stargate", gazetteer)[0]?.kind, "programme");
});

test("an extra gazetteer extends the shipped one", () => {
  const extended = defaultGazetteer({
    companies: [{ name: "Acme AI", aliases: ["Acme"], people: ["Wile Coyote"] }],
  });
  assert.equal(canonicalName("acme", extended), "Acme AI");
  assert.equal(findNames("Wile Coyote a parlé", extended)[0]?.canonical, "Acme AI");
  assert.equal(canonicalName("ChatGPT", extended), "OpenAI");
});

test("utilities and power producers go by one name, with the utility sector", () => {
  assert.equal(canonicalName("Constellation", gazetteer), "Constellation Energy");
  assert.equal(canonicalName("Talen", gazetteer), "Talen Energy");
  assert.equal(canonicalName("AEP", gazetteer), "American Electric Power");
  assert.equal(gazetteer.sectors.get("NextEra Energy"), "utility");
  const en = findNames(
    "Google will buy power from NextEra and Dominion under long-term contracts.",
    gazetteer,
  );
  assert.deepEqual(
    en.map((n) => n.canonical),
    ["Alphabet", "NextEra Energy", "Dominion Energy"],
  );
  const fr = findNames("Amazon achète à Talen l'électricité de la centrale de Susquehanna.", gazetteer);
  assert.deepEqual(
    fr.map((n) => n.canonical),
    ["Amazon", "Talen Energy"],
  );
});

test("French and European energy groups are utilities under one name", () => {
  assert.equal(canonicalName("GDF Suez", gazetteer), "Engie");
  assert.equal(canonicalName("Total Energies", gazetteer), "TotalEnergies");
  for (const utility of ["EDF", "Engie", "RTE", "Iberdrola", "Vattenfall", "E.ON"])
    assert.equal(gazetteer.sectors.get(utility), "utility", utility);
  const fr = findNames(
    "Engie et RTE raccorderont le site ; Orange et OVHcloud y loueront des baies.",
    gazetteer,
  );
  assert.deepEqual(
    fr.map((n) => n.canonical),
    ["Engie", "RTE", "Orange", "OVHcloud"],
  );
  const en = findNames("Iberdrola and TotalEnergies will supply power to the Madrid campus.", gazetteer);
  assert.deepEqual(
    en.map((n) => n.canonical),
    ["Iberdrola", "TotalEnergies"],
  );
});

test("a name the gazetteer writes with a capital is a common word in lower case", () => {
  const en = findNames(
    "Runway has a long runway; Constellation Energy fuels a constellation of sites; Coherent gave a coherent answer.",
    gazetteer,
  );
  assert.deepEqual(
    en.map((n) => [n.surface, n.canonical]),
    [
      ["Runway", "Runway"],
      ["Constellation Energy", "Constellation Energy"],
      ["Coherent", "Coherent"],
    ],
  );
  const fr = findNames(
    "Orange vend une orange ; la cadence de Cadence ; Lambda suit une loi lambda.",
    gazetteer,
  );
  assert.deepEqual(
    fr.map((n) => n.canonical),
    ["Orange", "Cadence", "Lambda"],
  );
  assert.equal(findNames("le créateur de ChatGPT, xAI et iFlytek", gazetteer).length, 3);
});

test("companies spelled like common words are known only by their full names", () => {
  const en = findNames(
    "Together, they back Together AI; Scale AI and Figure AI grew at scale; a figure from Character.AI.",
    gazetteer,
  );
  assert.deepEqual(
    en.map((n) => n.canonical),
    ["Together AI", "Scale AI", "Figure AI", "Character.AI"],
  );
  assert.deepEqual(
    findNames("Groq sells chips while Grok is xAI's chatbot.", gazetteer).map((n) => n.canonical),
    ["Groq", "xAI", "xAI"],
  );
  assert.deepEqual(
    findNames(
      "L'indice S&P 500 a monté ; S&P Global relève la note de Bain Capital, conseillé par Bain.",
      gazetteer,
    ).map((n) => n.canonical),
    ["S&P Global", "Bain Capital", "Bain & Company"],
  );
});

test("AI labs, chip makers, clouds, data-centre operators, power producers and investors have their kinds", () => {
  const kinds = (name: string) => gazetteer.kinds.get(canonicalName(name, gazetteer));
  assert.deepEqual(kinds("Sakana AI"), ["lab", "startup"]);
  assert.deepEqual(kinds("SambaNova Systems"), ["chipmaker"]);
  assert.deepEqual(kinds("Tokyo Electron"), ["chipmaker"]);
  assert.deepEqual(kinds("Voltage Park"), ["neocloud"]);
  assert.deepEqual(kinds("Aligned Data Centers"), ["datacentre"]);
  assert.deepEqual(kinds("Oklo"), ["energy"]);
  assert.deepEqual(kinds("Altimeter"), ["fund"]);
  assert.deepEqual(kinds("Société Générale"), ["bank"]);
  assert.equal(gazetteer.roles.get("Kairos Power"), "supplier");
  assert.equal(gazetteer.roles.get("Moody's"), "source");
  assert.equal(gazetteer.countries.get("Rebellions"), "KR");
  assert.equal(gazetteer.fiscalYearEnds.get("Micron"), 8);
  assert.equal(canonicalName("Abu Dhabi Investment Authority", gazetteer), "Abu Dhabi Investment Authority");
  assert.equal(canonicalName("ADIA", gazetteer), "Abu Dhabi Investment Authority");
});

test("executives, products and periphrases point at their company", () => {
  const names = findNames(
    "Arkady Volozh a signé ; Mira Murati lève des fonds ; le créateur de Grok et la maison mère de TikTok ; Cursor maker raised; Larry Fink said.",
    gazetteer,
  );
  assert.deepEqual(
    names.map((n) => [n.canonical, n.kind]),
    [
      ["Nebius", "person"],
      ["Thinking Machines", "person"],
      ["xAI", "periphrasis"],
      ["ByteDance", "periphrasis"],
      ["Anysphere", "periphrasis"],
      ["BlackRock", "person"],
    ],
  );
});

const KINDS = new Set<string>(COMPANY_KINDS);
const ROLES = new Set<string>(COMPANY_ROLES);
const SECTORS = new Set(COMPANY_SECTORS);

test("the shipped gazetteer names each company once, with known kinds, roles, sectors and countries", () => {
  const data = defaultData as GazetteerData;
  const owner = new Map<string, string>();
  const problems: string[] = [];
  for (const company of [...(data.companies ?? []), ...(data.publicBodies ?? [])]) {
    const names = [
      company.name,
      ...(company.aliases ?? []),
      ...(company.tickers ?? []),
      ...(company.segments ?? []),
    ];
    for (const name of names) {
      const folded = foldName(name);
      const other = owner.get(folded);
      if (other !== undefined && other !== company.name)
        problems.push(`${name}: ${other} and ${company.name}`);
      owner.set(folded, company.name);
    }
    for (const kind of company.kinds ?? [])
      if (!KINDS.has(kind)) problems.push(`${company.name}: kind ${kind}`);
    if (company.role && !ROLES.has(company.role)) problems.push(`${company.name}: role ${company.role}`);
    if (company.sector && !SECTORS.has(company.sector))
      problems.push(`${company.name}: sector ${company.sector}`);
    if (company.country && !/^[A-Z]{2}$/.test(company.country))
      problems.push(`${company.name}: country ${company.country}`);
  }
  assert.deepEqual(problems, []);
});

test("large European, US and Asian groups, funds, banks and public bodies are known with their kinds", () => {
  const kinds = (name: string) => gazetteer.kinds.get(canonicalName(name, gazetteer));
  assert.deepEqual(kinds("Tikehau"), ["fund"]);
  assert.deepEqual(kinds("Crédit Mutuel"), ["bank"]);
  assert.deepEqual(kinds("Veolia"), ["energy", "business"]);
  assert.deepEqual(kinds("Goodman Group"), ["datacentre", "business"]);
  assert.equal(gazetteer.roles.get("AustralianSuper"), "investor");
  const fr = findNames(
    "Le groupe Vexaro s'allie à Stellantis et à AXA ; la Commission a validé l'aide, puis la commission des finances a voté ; la Commission nationale du débat public ouvre une concertation.",
    gazetteer,
  );
  assert.deepEqual(
    fr.map((n) => n.canonical),
    ["Stellantis", "AXA", "European Commission", "Commission nationale du débat public"],
  );
  const en = findNames(
    "The Department of Energy will lease land to Plumtree Power, backed by CalPERS and Thoma Bravo; a shell company took a vanguard role.",
    gazetteer,
  );
  assert.deepEqual(
    en.map((n) => n.canonical),
    ["US Department of Energy", "CalPERS", "Thoma Bravo"],
  );
});
