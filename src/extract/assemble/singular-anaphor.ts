/**
 * A singular description ("le groupe", "la société", "the company") stands for one company. When the
 * company the text is about at that point is plural (a collective such as « les GAFAM » or "Big
 * Tech", or companies read together as "A+B+C"), the description takes up the company the article
 * is about instead, when that is one company.
 */
export function singularReferent(
  meant: string | null,
  documentSubject: string | null,
  collectives: readonly string[],
): string | null {
  const plural = (name: string) => name.includes("+") || collectives.includes(name);
  if (meant === null || !plural(meant)) return meant;
  return documentSubject !== null && !plural(documentSubject) ? documentSubject : meant;
}
