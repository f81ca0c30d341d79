import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { analyseDocument } from "./analyse.js";
import { reduceHtml, reduceHtmlFlat } from "./html.js";

const PARAGRAPH =
  "Le groupe a annoncé un investissement de 10 milliards de dollars dans ses centres de données, selon un communiqué publié mardi par sa direction financière.";

const globals = globalThis as Record<string, unknown>;
const TRAPS = ["__fl0", "__fl1", "__fl2", "__fl3", "__fl4", "__fl5", "__fl6", "__fl7"];

test("hostile HTML: nothing executes and no markup reaches the text", () => {
  const html = `<!doctype html><html><head><title>Page piégée</title>
    <script>globalThis.__fl0 = true;</script><style>body { color: red }</style></head>
    <body onload="globalThis.__fl1=true">
    <div><p>${PARAGRAPH}
    <img src="x" onerror="globalThis.__fl2=true"><a href="javascript:globalThis.__fl3=true">cliquez ici</a>
    <svg onload="globalThis.__fl4=1"><text>dessin</text></svg><iframe src="javascript:globalThis.__fl5=1"></iframe>
    <p onclick="globalThis.__fl6=1">Deuxième paragraphe &lt;script&gt;alert(1)&lt;/script&gt; avec du texte.
    <p>Troisième <b>gras <i>mêlé</b> italique</i> <object data="javascript:globalThis.__fl7=1"></object>paragraphe
    <ul><li>un<li>deux</ul></div>`;
  const result = analyseDocument({ bytes: new TextEncoder().encode(html), fileName: "trap.html" });
  assert.ok(result.ok);
  const text = result.value.text;
  for (const trap of TRAPS) assert.equal(globals[trap], undefined, `${trap} was set`);
  assert.doesNotMatch(text, /<|script|onerror|onload|onclick|javascript:|color: red|dessin/i);
  assert.match(text, /^Page piégée\n\nLe groupe a annoncé/);
  assert.match(text, /cliquez ici/);
  assert.match(text, /Troisième gras mêlé italique paragraphe/);
  assert.match(text, /\n- un\n- deux$/);
});

test("unclosed and mis-nested tags do not crash and keep their text", () => {
  const html = `<html><body><div><p>${PARAGRAPH}<div><span><b>Encore <i>du texte<p>et un dernier mot`;
  const reduced = reduceHtml(html);
  assert.match(reduced.text, /Le groupe a annoncé/);
  assert.match(reduced.text, /Encore du texte/);
  assert.match(reduced.text, /et un dernier mot/);
});

test("huge nesting is reduced quickly without a DOM and without markup", () => {
  const depth = 200_000;
  const html = `<html><head><title>Profond</title></head><body>${"<div>".repeat(depth)}<p>${PARAGRAPH}</p>${"</div>".repeat(depth)}</body></html>`;
  // The flat reduction (one pass, no DOM) is what keeps this fast: the page takes that path.
  assert.deepEqual(reduceHtml(html), reduceHtmlFlat(html));
  const result = analyseDocument({ bytes: new TextEncoder().encode(html), fileName: "deep.html" });
  assert.ok(result.ok);
  assert.match(result.value.text, /^Profond\n\nLe groupe a annoncé/);
  assert.doesNotMatch(result.value.text, /<|>/);
});

test("unterminated tags at the end of a flat reduction leave no markup", () => {
  const reduced = reduceHtmlFlat(`<p>${PARAGRAPH}</p><script>globalThis.__fl0=1</script><div class="x"`);
  assert.equal(reduced.text, PARAGRAPH);
});

test("publication date: article:published_time, itemprop, JSON-LD, then <time datetime>", () => {
  const page = (head: string, body = "") =>
    `<html><head><title>T</title>${head}</head><body><article><p>${PARAGRAPH}</p>${body}</article></body></html>`;
  assert.equal(
    reduceHtml(page('<meta property="article:published_time" content="2025-11-05T09:00:00Z">')).published,
    "2025-11-05",
  );
  assert.equal(
    reduceHtml(page('<meta itemprop="datePublished" content="2024-02-20">')).published,
    "2024-02-20",
  );
  const jsonLd = `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2026-02-21T12:00:00+01:00"}]}</script>`;
  assert.equal(reduceHtml(page(jsonLd)).published, "2026-02-21");
  assert.equal(reduceHtml(page('<script type="application/ld+json">{broken</script>')).published, null);
  assert.equal(reduceHtml(page("", '<time datetime="2025-10-07">7 octobre</time>')).published, "2025-10-07");
  assert.equal(reduceHtml(page("")).published, null);
});

test("title: og:title, then the first <h1>, then <title>", () => {
  const body = `<body><article><h1>Titre du H1</h1><p>${PARAGRAPH}</p></article></body>`;
  assert.equal(
    reduceHtml(
      `<html><head><title>Onglet</title><meta property="og:title" content="Titre OG"></head>${body}</html>`,
    ).title,
    "Titre OG",
  );
  assert.equal(reduceHtml(`<html><head><title>Onglet</title></head>${body}</html>`).title, "Titre du H1");
  assert.equal(
    reduceHtml(`<html><head><title>Onglet</title></head><body><p>${PARAGRAPH}</p></body></html>`).title,
    "Onglet",
  );
});

test("a canonical URL becomes the source unless one is given", () => {
  const html = `<html><head><link rel="canonical" href="https://example.org/a/b"></head><body><p>${PARAGRAPH}</p></body></html>`;
  const bytes = new TextEncoder().encode(html);
  const found = analyseDocument({ bytes, fileName: "b.html" });
  const given = analyseDocument({ bytes, fileName: "b.html", source: "mine" });
  assert.ok(found.ok && given.ok);
  assert.equal(found.value.source, "https://example.org/a/b");
  assert.equal(given.value.source, "mine");
});

test("property: any soup of tags, entities and text analyses without throwing or leaking markup", () => {
  const pieces = [
    "<div>",
    "</div>",
    "<p>",
    "</p>",
    "<script>globalThis.__fl0=1</script>",
    "<script>",
    "<img src=x onerror=globalThis.__fl2=1>",
    "<a href='javascript:globalThis.__fl3=1'>",
    "</a>",
    "<!--",
    "-->",
    "&lt;",
    "&gt;",
    "&amp;",
    "&#0;",
    "&#x110000;",
    "<",
    ">",
    '"',
    "'",
    "<b",
    "li>",
    "<ul><li>",
    "Le chiffre d'affaires a doublé. ",
    "Revenue tripled in 2025. ",
    "\n",
    "<style>p{}</style>",
    "<h1>Titre</h1>",
    "<svg onload=globalThis.__fl4=1>",
  ];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
      const result = analyseDocument({
        bytes: new TextEncoder().encode(parts.join("")),
        fileName: "soup.html",
      });
      if (result.ok) assert.doesNotMatch(result.value.text, /<\/?[A-Za-z!][^<>]*>/);
      for (const trap of TRAPS) assert.equal(globals[trap], undefined);
    }),
    { numRuns: 300, seed: 7 },
  );
});

test("property: arbitrary bytes give a document or an issue, never an exception", () => {
  fc.assert(
    fc.property(
      fc.uint8Array({ maxLength: 400 }),
      fc.constantFrom("a.txt", "a.md", "a.html"),
      (bytes, fileName) => {
        const result = analyseDocument({ bytes, fileName });
        assert.ok(result.ok || typeof result.error.code === "string");
      },
    ),
    { numRuns: 500, seed: 11 },
  );
});

test("table rows are written one a line between pipes, as Markdown writes them", () => {
  const html = `<html><body><article><h1>Capex plans of the four</h1><p>${PARAGRAPH}</p>
    <table><thead><tr><th>Company</th><th>2025 plan</th></tr></thead>
    <tbody><tr><td>Microsoft</td><td>$80 billion</td></tr><tr><td>Meta</td><td>$60 billion to $65 billion</td></tr></tbody></table>
    <p>${PARAGRAPH}</p></article></body></html>`;
  const { text } = reduceHtml(html);
  assert.match(text, /^\| Company \| 2025 plan \|$/m);
  assert.match(text, /^\| Microsoft \| \$80 billion \|$/m);
  assert.match(text, /^\| Meta \| \$60 billion to \$65 billion \|$/m);
});
