import { isCurrencyCode } from "../../core/index.js";
import { optionalHedge } from "../lexicon.js";
import type { Decision } from "./qualifier.js";
import type { FigureReading } from "./types.js";

/**
 * What joins an amount to the goods it buys: "to spend $40 billion on roughly 400,000 chips", "an order of
 * $10 billion for 1 million GPUs", "to invest $2 billion in 30,000 GPUs", « dépenser 40 milliards pour
 * environ 400 000 puces », « 10 milliards d'euros pour l'achat de 500 000 GPU », « consacrer 2 milliards à
 * l'achat de 30 000 GPU ».
 */
const BOUGHT_WITH = new RegExp(
  String.raw`^\s*(?:(?:de\s+dollars|d['’]euros|in\s+cash)\s+)?(?:on|for|in(?:to)?|to\s+(?:buy|purchase|acquire|secure)|(?:pour|à)(?:\s+l['’](?:achat|acquisition)\s+d[e'’]|\s+(?:acheter|acquérir|s['’]offrir|se\s+procurer))|pour|dans\s+l['’]achat\s+d[e'’])\s*${optionalHedge(["approx", "at_least", "up_to"])}$`,
  "iu",
);

/**
 * Goods counted right after the amount planned or pledged for them ("plans to spend $40 billion on
 * roughly 400,000 Nvidia chips"): the count is planned or pledged with the amount, not something that
 * exists already (CLAIMS.md §7).
 */
export function reviseByGoodsBought(text: string, f: FigureReading, qualifier: Decision): void {
  const { q, previous, candidate } = f;
  if (qualifier.qualifier !== "reported" || !previous || previous.sentence !== candidate.sentence) return;
  if (previous.qualifier !== "target" && previous.qualifier !== "commitment") return;
  if (!isCurrencyCode(previous.unit) || isCurrencyCode(candidate.unit)) return;
  if (candidate.metric !== "gpu_count" && candidate.metric !== "datacenter_capacity") return;
  if (!BOUGHT_WITH.test(text.slice(previous.q.span.end, q.span.start))) return;
  qualifier.qualifier = previous.qualifier;
  qualifier.rule = `goods bought with the ${previous.qualifier === "target" ? "planned" : "pledged"} amount before them → ${previous.qualifier}`;
}
