/**
 * « prêt à investir 1 milliard d'euros dans la licorne tricolore », "will put $3 billion into the
 * startup": an investment whose investee is named by its kind, not its name, stays an investment; it
 * is no spending on the investor's own sites (capex) for want of a name.
 */
import { INTO_A_COMPANY_OF_A_KIND } from "../lexicon.js";
import type { FigureReading } from "./types.js";

export function investsInACompanyOfAKind(text: string, f: FigureReading): boolean {
  return INTO_A_COMPANY_OF_A_KIND.test(text.slice(f.q.span.end, f.q.span.end + 120));
}
