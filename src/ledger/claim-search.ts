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

const FIELD = (name: string) => `coalesce(c.current->>'${name}', c.${name})`;
const PERIOD = `(CASE WHEN c.current ? 'period' THEN c.current->'period' ELSE c.period END)`;

/** Each sort's key as text (confidence zero-padded so that text order is numeric order) and direction. */
const SORT_KEYS: Record<ClaimSort, { key: string; descending: boolean }> = {
  reported: { key: "c.report_key", descending: false },
  "reported-desc": { key: "c.report_key", descending: true },
  confidence: { key: "to_char(coalesce(c.confidence, 1), 'FM0.000000')", descending: false },
  entity: { key: `lower(${FIELD("entity")})`, descending: false },
};

/** `%`, `_` and `\` stand for themselves in a search word. */
function likePattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function searchWords(text: string | undefined): string[] {
  return (text ?? "").trim().split(/\s+/).filter(Boolean).slice(0, MAX_SEARCH_WORDS);
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
  const order = `${key} COLLATE "C" ${direction}, c.id COLLATE "C" ${direction}`;
  const text = `SELECT c.*, d.published AS reported, ${select.events} AS events, s.sort_key
    FROM (SELECT c.id, ${key} AS sort_key FROM claims c
      WHERE (cardinality($1::text[]) = 0 OR NOT EXISTS (SELECT 1 FROM unnest($1::text[]) w
          WHERE (c.quote || ' ' || ${FIELD("entity")} || ' ' || coalesce(${FIELD("counterparty")}, ''))
            NOT ILIKE w))
        AND ($2::text IS NULL OR lower(${FIELD("entity")}) = lower($2::text))
        AND ($3::text IS NULL OR ${FIELD("metric")} = $3::text)
        AND ($4::text IS NULL OR ${PERIOD}->>'start' LIKE $4::text || '%' OR ${PERIOD}->>'end' LIKE $4::text || '%'
          OR ${PERIOD}->>'asOf' LIKE $4::text || '%')
        AND ($5::text IS NULL OR ${FIELD("qualifier")} = $5::text)
        AND (CASE WHEN $6::text IS NULL THEN c.status <> 'rejected' ELSE c.status = $6::text END)
        AND ($7::text IS NULL OR ($7::text = 'low') = (coalesce(c.confidence, 1) < ${LOW_CONFIDENCE}))
        AND ($8::text IS NULL OR c.document_id = $8::text)
        AND ($9::text IS NULL OR EXISTS (SELECT 1 FROM documents l WHERE l.id = c.document_id AND l.language = $9::text))
        AND ($10::text IS NULL OR (${key} COLLATE "C", c.id COLLATE "C") ${descending ? "<" : ">"}
          ($10::text COLLATE "C", $11::text COLLATE "C"))
      ORDER BY ${order} LIMIT $12) s
    JOIN claims c ON c.id = s.id JOIN documents d ON d.id = c.document_id
    ORDER BY s.sort_key COLLATE "C" ${direction}, c.id COLLATE "C" ${direction}`;
  const params = [
    searchWords(search.text).map(likePattern),
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
  ];
  return { text, params };
}
