import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { dateFromMetadata } from "./dates.js";

/**
 * HTML to article text. linkedom parses (it never runs scripts or loads anything), Readability
 * picks the article, and an iterative walk turns the article into plain text: paragraphs
 * separated by blank lines, headings on their own line, list items as "- " lines. Markup never
 * reaches the text. Pathological pages (very deep nesting, huge element counts) skip the DOM and
 * are reduced by a linear tag stripper, so no page can stall ingestion.
 */

/** The slice of the DOM this reader uses (the project compiles without the DOM library). */
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
  parentNode: DomNode | null;
  getAttribute?(name: string): string | null;
  remove?(): void;
}
interface DomDocument extends DomNode {
  body: DomNode | null;
  documentElement: DomNode | null;
  querySelector(selector: string): DomNode | null;
  querySelectorAll(selector: string): Iterable<DomNode>;
}

export interface ReducedHtml {
  text: string;
  title: string | null;
  published: string | null;
  source: string | null;
}

const MAX_NESTING = 250;
const MAX_ELEMENTS = 40_000;

const SKIPPED = new Set([
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "IFRAME",
  "FRAME",
  "FRAMESET",
  "OBJECT",
  "EMBED",
  "SVG",
  "MATH",
  "CANVAS",
  "SELECT",
  "OPTION",
  "TEXTAREA",
  "INPUT",
  "BUTTON",
  "HEAD",
  "TITLE",
  "META",
  "LINK",
  "IMG",
  "PICTURE",
  "VIDEO",
  "AUDIO",
  "SOURCE",
  "TRACK",
  "MAP",
]);

const BLOCKS = new Set([
  "P",
  "DIV",
  "SECTION",
  "ARTICLE",
  "MAIN",
  "HEADER",
  "FOOTER",
  "ASIDE",
  "NAV",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "UL",
  "OL",
  "BLOCKQUOTE",
  "PRE",
  "TABLE",
  "FIGURE",
  "FIGCAPTION",
  "DL",
  "DT",
  "DD",
  "HR",
  "ADDRESS",
  "DETAILS",
  "SUMMARY",
  "FORM",
  "FIELDSET",
  "CENTER",
]);

/** Elements that are page chrome, dropped when Readability finds no article and the body is walked. */
const CHROME = "nav, header, footer, aside, form, [role=navigation], [role=banner], [role=contentinfo]";

const TAG_LIKE = /<\/?[A-Za-z!][^<>]*>/g;

/** A rough nesting and element count from the source, to decide whether a DOM is safe to build. */
function measureNesting(html: string): { depth: number; elements: number } {
  const voids =
    /^(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr|p|li|dt|dd|option|tr|td|th|tbody|thead)$/;
  let depth = 0;
  let max = 0;
  let elements = 0;
  for (const match of html.matchAll(/<(\/?)([A-Za-z][A-Za-z0-9-]*)[^>]*?(\/?)>/g)) {
    const name = match[2]!.toLowerCase();
    if (match[1] === "/") {
      if (!voids.test(name)) depth = Math.max(0, depth - 1);
      continue;
    }
    elements++;
    if (match[3] === "/" || voids.test(name)) continue;
    depth++;
    if (depth > max) max = depth;
  }
  return { depth: max, elements };
}

function collapse(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, " ");
}

/** Walks a subtree without recursion, writing text with block boundaries as newlines. */
function textOf(root: DomNode): string {
  const out: string[] = [];
  const stack: { node: DomNode; leaving: boolean }[] = [{ node: root, leaving: false }];
  while (stack.length > 0) {
    const { node, leaving } = stack.pop()!;
    const name = node.nodeName.toUpperCase();
    if (leaving) {
      if (name === "TD" || name === "TH") out.push(" |");
      else if (BLOCKS.has(name)) out.push("\n\n");
      continue;
    }
    if (node.nodeType === 3) {
      out.push(collapse(node.textContent ?? ""));
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    if (SKIPPED.has(name)) continue;
    if (name === "BR") {
      out.push("\n");
      continue;
    }
    if (name === "LI") out.push("\n- ");
    // Table rows are written as Markdown writes them ("| Company | Capex |"), one row a line.
    else if (name === "TR") out.push("\n|");
    else if (name === "TD" || name === "TH") out.push(" ");
    else if (BLOCKS.has(name)) out.push("\n\n");
    stack.push({ node, leaving: true });
    const children: DomNode[] = [];
    for (let child = node.firstChild; child; child = child.nextSibling) children.push(child);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, leaving: false });
  }
  return tidy(out.join(""));
}

/** Trims lines, single-spaces them, drops anything tag-like, and keeps one blank line between blocks. */
function tidy(text: string): string {
  return text
    .replace(TAG_LIKE, " ")
    .split("\n")
    .map((line) => line.replace(/ {2,}/g, " ").trim())
    .map((line) => (line === "-" ? "" : line))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

function attribute(node: DomNode | null, name: string): string | null {
  const value = node?.getAttribute?.(name);
  return value === undefined || value === null || value.trim() === "" ? null : value.trim();
}

function jsonLdDate(value: unknown, depth = 0): string | null {
  if (depth > 6 || value === null || typeof value !== "object") return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = jsonLdDate(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = value as Record<string, unknown>;
  for (const key of ["datePublished", "dateCreated"]) {
    const date = record[key];
    if (typeof date === "string") return date;
  }
  return jsonLdDate(record["@graph"], depth + 1);
}

function metadataDate(document: DomDocument): string | null {
  const candidates: (string | null)[] = [];
  for (const selector of [
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[property="og:published_time"]',
    'meta[property="og:article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="datePublished"]',
    'meta[name="date"]',
    'meta[name="pubdate"]',
    'meta[name="publish-date"]',
    'meta[name="dc.date"]',
    'meta[name="DC.date.issued"]',
  ])
    candidates.push(attribute(document.querySelector(selector), "content"));
  const itemprop = document.querySelector('[itemprop="datePublished"]');
  candidates.push(attribute(itemprop, "datetime") ?? attribute(itemprop, "content"));
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      candidates.push(jsonLdDate(JSON.parse(script.textContent ?? "")));
    } catch {
      // A broken JSON-LD block is ignored; the other sources still count.
    }
  }
  candidates.push(attribute(document.querySelector("time[datetime]"), "datetime"));
  for (const candidate of candidates) {
    const date = candidate === null ? null : dateFromMetadata(candidate);
    if (date) return date;
  }
  return null;
}

/** "Story headline | Site" → "Story headline", when the headline part has at least three words. */
function withoutSiteName(title: string | null): string | null {
  if (title === null) return null;
  const first = title.split(/\s[|–—·]\s/)[0]!.trim();
  return first.split(/\s+/).length >= 3 ? first : title;
}

function metadataTitle(document: DomDocument): string | null {
  const og = attribute(document.querySelector('meta[property="og:title"]'), "content");
  const h1 = document.querySelector("h1")?.textContent ?? null;
  const title = withoutSiteName(document.querySelector("title")?.textContent ?? null);
  for (const candidate of [og, h1, title]) {
    const clean = candidate === null ? "" : tidy(collapse(candidate));
    if (clean !== "") return clean;
  }
  return null;
}

function metadataSource(document: DomDocument): string | null {
  const url =
    attribute(document.querySelector('meta[property="og:url"]'), "content") ??
    attribute(document.querySelector('link[rel="canonical"]'), "href");
  return url !== null && /^https?:\/\//i.test(url) ? url : null;
}

/** Reduces an HTML page to its article text and metadata. Never throws on any input. */
export function reduceHtml(html: string): ReducedHtml {
  const { depth, elements } = measureNesting(html);
  if (depth > MAX_NESTING || elements > MAX_ELEMENTS) return reduceHtmlFlat(html);
  try {
    return reduceHtmlDom(html);
  } catch {
    return reduceHtmlFlat(html);
  }
}

function reduceHtmlDom(html: string): ReducedHtml {
  const source = /<html[\s>]/i.test(html)
    ? html
    : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  const document = parseHTML(source).document as unknown as DomDocument;
  const published = metadataDate(document);
  const title = metadataTitle(document);
  const canonical = metadataSource(document);
  for (const node of [
    ...document.querySelectorAll("script, style, noscript, template, iframe, object, embed"),
  ])
    node.remove?.();

  let text = "";
  try {
    const article = new Readability(document as never, {
      serializer: (node: unknown) => node,
      maxElemsToParse: MAX_ELEMENTS,
    }).parse();
    const content = article?.content as DomNode | null | undefined;
    if (content) text = textOf(content);
  } catch {
    text = "";
  }
  if (text === "") {
    // Readability mutates the document; parse again and walk the body without its chrome.
    const fresh = parseHTML(source).document as unknown as DomDocument;
    for (const node of [...fresh.querySelectorAll(`script, style, noscript, template, ${CHROME}`)])
      node.remove?.();
    text = textOf(fresh.body ?? fresh);
  }
  return { text: withTitle(text, title), title, published, source: canonical };
}

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00A0",
  rsquo: "’",
  lsquo: "‘",
  rdquo: "”",
  ldquo: "“",
  laquo: "«",
  raquo: "»",
  eacute: "é",
  egrave: "è",
  ecirc: "ê",
  agrave: "à",
  acirc: "â",
  ccedil: "ç",
  ugrave: "ù",
  ocirc: "ô",
  icirc: "î",
  euro: "€",
  hellip: "…",
  mdash: "—",
  ndash: "–",
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body.startsWith("#")) {
      const code =
        body[1] === "x" || body[1] === "X" ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code)
        : "";
    }
    return ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/** Linear reduction for pages too deep or too large for a DOM: strip tags, keep block breaks. */
export function reduceHtmlFlat(html: string): ReducedHtml {
  const titleMatch = /<title[^>]*>([^<]*)<\/title>/i.exec(html);
  const title = titleMatch ? withoutSiteName(tidy(collapse(decodeEntities(titleMatch[1]!))) || null) : null;
  const metaMatch =
    /<meta[^>]+property=["']article:published_time["'][^>]*content=["']([^"']+)["']/i.exec(html) ??
    /<meta[^>]+content=["']([^"']+)["'][^>]*property=["']article:published_time["']/i.exec(html);
  const published = metaMatch ? dateFromMetadata(metaMatch[1]!) : null;
  const body = html
    .replace(/<!--[\s\S]*?-->/g, " ")
    .replace(
      /<(script|style|noscript|template|iframe|object|svg|math|textarea|select|head|title)\b[^>]*>[\s\S]*?<\/\1\s*>/gi,
      " ",
    )
    .replace(/<br\b[^>]*>/gi, "\n")
    .replace(/<li\b[^>]*>/gi, "\n- ")
    .replace(
      /<\/?(?:p|div|section|article|main|header|footer|aside|nav|h[1-6]|ul|ol|blockquote|pre|table|tr|figure|figcaption|dl|dt|dd|hr)\b[^>]*>/gi,
      "\n\n",
    )
    .replace(/<[^>]*>?/g, " ");
  const text = tidy(
    decodeEntities(body)
      .split("\n")
      .map((line) => collapse(line))
      .join("\n"),
  );
  return { text: withTitle(text, title), title, published, source: null };
}

/** Puts the title on the first line when the article body does not already start with it. */
function withTitle(text: string, title: string | null): string {
  if (title === null) return text;
  const head = text.slice(0, title.length + 20).toLowerCase();
  if (head.includes(title.toLowerCase())) return text;
  return text === "" ? text : `${title}\n\n${text}`;
}
