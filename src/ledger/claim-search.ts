import { decodeCursor, type PageRequest } from "./page.js";
import type { ClaimSearch, ClaimSort } from "./port.js";

/**
 * The SQL of the dashboard's claims search: words and filters over the claims as reviewed now (a
 * correction's fields win over the extracted ones), keyset-paged on (sort key, id) so that a page
 * deep into 100,000 claims costs what the first one does.
 */

export const CLAIM_SORTS: readonly ClaimSort[] = ["reported", "reported-desc", "confidence", "entity"];
/** Claims whose confidence is below this are "low" (marked in every view, filterable); no confidence is not low. */
export const LOW_CONFIDENCE = 0.5;
/** At most this many words in a search; more are ignored. */
export const MAX_SEARCH_WORDS = 8;

/** A claim's field as reviewed now (a correction's value wins); `alias` is "c." or "" (in an index). */
export const CLAIM_FIELD = (alias: string, name: string) =>
  `coalesce(${alias}current->>'${name}', ${alias}${name})`;
const FIELD = (name: string) => CLAIM_FIELD("c.", name);
const PERIOD = `(CASE WHEN c.current ? 'period' THEN c.current->'period' ELSE c.period END)`;

/** Each sort's key as text (confidence zero-padded so that text order is numeric order) and direction. */
const SORT_KEYS: Record<ClaimSort, { key: string; descending: boolean }> = {
  reported: { key: "c.report_key", descending: false },
  "reported-desc": { key: "c.report_key", descending: true },
  confidence: { key: "to_char(coalesce(c.confidence, 1), 'FM0.000000')", descending: false },
  entity: { key: `lower(${FIELD("entity")})`, descending: false },
};

/**
 * The words of a claim that a search reads (its sentence, entity and counterparty as reviewed now),
 * as a text-search vector: the column search_words (migration 008) stores it.
 */
export function claimSearchVector(alias: string): string {
  const field = (name: string) => CLAIM_FIELD(alias, name);
  return `to_tsvector('simple', ${alias}quote || ' ' || ${field("entity")} || ' ' || coalesce(${field("counterparty")}, ''))`;
}

/** The letters-and-digits words of a text, lower-cased; punctuation is ignored. */
export function textWords(text: string | undefined): string[] {
  return [...(text ?? "").toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m[0]);
}

/** The words of a search; each must begin a word of the claim. */
export function searchWords(text: string | undefined): string[] {
  return textWords(text).slice(0, MAX_SEARCH_WORDS);
}

/** A tsquery every word of which must prefix a word of the claim: 'report':* & '1001':*. */
function prefixQuery(words: readonly string[]): string {
  return words.map((word) => `'${word}':*`).join(" & ");
}

/** The query text and its parameters; rows carry `sort_key` for the next cursor. */
export function claimSearchQuery(
  search: ClaimSearch,
  page: PageRequest,
  select: { events: string },
): { text: string; params: unknown[] } {
  const { key, descending } = SORT_KEYS[search.sort ?? "reported"];
  const [afterKey, afterId] = page.after ? decodeCursor(page.after, "ss") : [null, null];
  const direction = descending ? "DESC" : "ASC";
  const words = searchWords(search.text);
  const order = `${key} COLLATE "C" ${direction}, c.id COLLATE "C" ${direction}`;
  const text = `SELECT c.*, d.published AS reported, ${select.events} AS events, s.sort_key
    FROM (SELECT c.id, ${key} AS sort_key FROM claims c
      WHERE ($12::text IS NULL OR c.search_words @@ to_tsquery('simple', $12::text))
        AND ($1::text IS NULL OR lower(${FIELD("entity")}) = lower($1::text))
        AND ($2::text IS NULL OR ${FIELD("metric")} = $2::text)
        AND ($3::text IS NULL OR ${PERIOD}->>'start' LIKE $3::text || '%' OR ${PERIOD}->>'end' LIKE $3::text || '%'
          OR ${PERIOD}->>'asOf' LIKE $3::text || '%')
        AND ($4::text IS NULL OR ${FIELD("qualifier")} = $4::text)
        AND (CASE WHEN $5::text IS NULL THEN c.status <> 'rejected' ELSE c.status = $5::text END)
        AND ($6::text IS NULL OR ($6::text = 'low') = (coalesce(c.confidence, 1) < ${LOW_CONFIDENCE}))
        AND ($7::text IS NULL OR c.document_id = $7::text)
        AND ($8::text IS NULL OR EXISTS (SELECT 1 FROM documents l WHERE l.id = c.document_id AND l.language = $8::text))
        AND ($9::text IS NULL OR (${key} COLLATE "C", c.id COLLATE "C") ${descending ? "<" : ">"}
          ($9::text COLLATE "C", $10::text COLLATE "C"))
      ORDER BY ${order} LIMIT $11) s
    JOIN claims c ON c.id = s.id JOIN documents d ON d.id = c.document_id
    ORDER BY s.sort_key COLLATE "C" ${direction}, c.id COLLATE "C" ${direction}`;
  const params = [
    search.entity ?? null,
    search.metric ?? null,
    search.period ?? null,
    search.qualifier ?? null,
    search.status ?? null,
    search.confidence ?? null,
    search.documentId ?? null,
    search.language ?? null,
    afterKey,
    afterId,
    page.limit + 1,
    words.length > 0 ? prefixQuery(words) : null,
  ];
  return { text, params };
}
