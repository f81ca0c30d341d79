import { generator } from "../../bench/random.js";

/**
 * Seeded news-like reports (2–8 KB, French and English, with figures): the same corpus for every
 * run of the ingest bench and of the queue tests. Document `index` is always the same text.
 */

const COMPANIES = [
  "OpenAI",
  "Anthropic",
  "xAI",
  "Nvidia",
  "Oracle",
  "Microsoft",
  "SoftBank",
  "AMD",
  "Broadcom",
  "CoreWeave",
];
const OUTLETS = ["Reuters", "the Financial Times", "The Information", "Bloomberg", "Les Echos"];

const FR = {
  title: (c: string, n: number) => `${c} : le pari à ${n} milliards de dollars`,
  sentences: [
    (c: string, n: string, y: number, o: string) =>
      `Selon ${o}, ${c} a réalisé un chiffre d'affaires de ${n} milliards de dollars en ${y}.`,
    (c: string, n: string, y: number) =>
      `${c} prévoit de dépenser environ ${n} milliards de dollars en puissance de calcul d'ici ${y}.`,
    (c: string, n: string, y: number) =>
      `${c} a enregistré des pertes de ${n} milliards de dollars au premier semestre ${y}.`,
    (c: string, n: string) => `${c} compte plus de ${n} millions d'utilisateurs actifs par semaine.`,
    (c: string, n: string, y: number) =>
      `Le contrat avec ${c} porterait sur ${n} gigawatts de capacité d'ici ${y}.`,
  ],
  filler: [
    "Les analystes restent partagés sur la rentabilité de ces investissements, qui engagent l'entreprise sur plusieurs années.",
    "Cette stratégie repose sur la conviction que la demande de calcul continuera de croître plus vite que l'offre disponible.",
    "Plusieurs observateurs s'interrogent sur la capacité du secteur à financer de tels montants sans recourir massivement à la dette.",
    "Le calendrier de mise en service des centres de données reste soumis aux raccordements électriques et aux autorisations locales.",
  ],
  number: (n: number) => n.toFixed(1).replace(".", ","),
};
const EN = {
  title: (c: string, n: number) => `${c} and the ${n} billion dollar bet`,
  sentences: [
    (c: string, n: string, y: number, o: string) =>
      `According to ${o}, ${c} recorded revenue of $${n} billion in ${y}.`,
    (c: string, n: string, y: number) => `${c} plans to spend about $${n} billion on compute by ${y}.`,
    (c: string, n: string, y: number) =>
      `${c} reported a net loss of $${n} billion in the first half of ${y}.`,
    (c: string, n: string) => `${c} now counts more than ${n} million weekly active users.`,
    (c: string, n: string, y: number) =>
      `The agreement with ${c} would cover ${n} gigawatts of capacity by ${y}.`,
  ],
  filler: [
    "Analysts remain divided on whether these investments will pay off over the life of the contracts.",
    "The strategy rests on the belief that demand for compute will keep outpacing the supply that can be brought online.",
    "Several observers question whether the sector can fund such sums without leaning heavily on debt markets.",
    "The schedule for bringing the data centres online still depends on grid connections and local permits.",
  ],
  number: (n: number) => n.toFixed(1),
};

/** Report number `index`: a file name, its text and its publication date. */
export function generateDocument(index: number): { name: string; text: string; published: string } {
  const random = generator(index * 7919 + 17);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const lang = random() < 0.6 ? FR : EN;
  const company = pick(COMPANIES);
  const target = 2000 + Math.floor(random() * 6000);
  const year = 2023 + Math.floor(random() * 4);
  const paragraphs: string[] = [lang.title(company, 10 + Math.floor(random() * 990)), ""];
  let size = 0;
  while (size < target) {
    const paragraph: string[] = [];
    for (let s = 0; s < 4; s++) {
      if (random() < 0.45)
        paragraph.push(
          pick(lang.sentences)(
            pick(COMPANIES),
            lang.number(1 + random() * 500),
            year + Math.floor(random() * 5),
            pick(OUTLETS),
          ),
        );
      else paragraph.push(pick(lang.filler));
    }
    const text = paragraph.join(" ");
    paragraphs.push(text, "");
    size += text.length + 2;
  }
  const month = String(1 + Math.floor(random() * 12)).padStart(2, "0");
  return {
    name: `doc-${String(index).padStart(5, "0")}.${random() < 0.5 ? "txt" : "md"}`,
    text: paragraphs.join("\n"),
    published: `${year}-${month}-15`,
  };
}
