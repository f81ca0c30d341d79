/**
 * « prêt à investir 1 milliard d'euros dans la licorne tricolore », "will put $3 billion into the
 * startup": an investment whose investee is named by its kind, not its name, stays an investment; it
 * is no spending on the investor's own sites (capex) for want of a name.
 */
import { INTO_A_COMPANY_OF_A_KIND } from "../lexicon.js";
import { groupMembers } from "./parties.js";
import { namesStartingIn } from "./text.js";
import type { DocumentReading, FigureReading } from "./types.js";

export function investsInACompanyOfAKind(text: string, f: FigureReading): boolean {
  return INTO_A_COMPANY_OF_A_KIND.test(text.slice(f.q.span.end, f.q.span.end + 120));
}

/** How far back the company named by its kind may have been named by its name: about a paragraph. */
const NAMED_REACH = 800;

/**
 * The company so named: the latest AI developer named in the figure's paragraph before it, not among
 * the investors (« ASML, futur actionnaire de Mistral AI, … investir dans la licorne »); else none.
 */
export function companyOfAKind(r: DocumentReading, f: FigureReading, investor: string | null): string | null {
  if (!investor) return null;
  const investors = groupMembers(investor);
  const from = Math.max(0, f.q.span.start - NAMED_REACH);
  const paragraphStart = r.text.lastIndexOf("\n\n", f.q.span.start);
  const named = namesStartingIn(r.names, Math.max(from, paragraphStart), f.q.span.start).findLast(
    (n) =>
      n.end <= f.q.span.start &&
      n.start >= Math.max(from, paragraphStart) &&
      r.gazetteer.roles.get(n.canonical) === "developer" &&
      !investors.has(n.canonical),
  );
  return named?.canonical ?? null;
}
