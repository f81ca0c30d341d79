import assert from "node:assert/strict";
import { test } from "node:test";
import type { AnalysedDocument } from "../core/index.js";
import { analyseDocument, type DocumentInput } from "./analyse.js";
import { documentMessages } from "./messages.js";

const encode = (text: string) => new TextEncoder().encode(text);

function analysed(input: Partial<DocumentInput> & { text?: string }): AnalysedDocument {
  const { text, ...rest } = input;
  const result = analyseDocument({ fileName: "note.txt", bytes: encode(text ?? ""), ...rest });
  if (!result.ok) assert.fail(result.error.message);
  return result.value;
}

function refused(input: DocumentInput): { code: string; message: string } {
  const result = analyseDocument(input);
  if (result.ok) assert.fail("the document was accepted");
  assert.equal(result.error.severity, "error");
  assert.deepEqual(result.error.location, { kind: "file", file: input.fileName });
  return result.error;
}

const FRENCH =
  "Bilan annuel\n\nLa société a réalisé un chiffre d'affaires de 3 milliards de dollars en 2024, selon ses dirigeants.";

test("an empty file is refused", () => {
  const error = refused({ bytes: new Uint8Array(), fileName: "empty.txt" });
  assert.equal(error.code, "empty_file");
  assert.equal(error.message, documentMessages.emptyFile("empty.txt"));
  assert.equal(refused({ bytes: encode(" \n\r\n\t"), fileName: "blank.md" }).code, "empty_file");
});

test("a file above the size limit is refused and the message names both sizes", () => {
  const error = refused({ bytes: encode("x".repeat(2048)), fileName: "big.txt", maxBytes: 1024 });
  assert.equal(error.code, "too_large");
  assert.match(error.message, /^big\.txt: .*2048 bytes.*1024 bytes/);
});

test("binary bytes are refused: NUL bytes, or many control characters", () => {
  assert.equal(refused({ bytes: Uint8Array.from([72, 105, 0, 33]), fileName: "a.txt" }).code, "binary_file");
  const controls = Uint8Array.from({ length: 400 }, (_, i) => (i % 4 === 0 ? 1 : 65));
  assert.equal(refused({ bytes: controls, fileName: "b.txt" }).code, "binary_file");
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  assert.equal(refused({ bytes: png, fileName: "image.html" }).code, "binary_file");
});

test("invalid UTF-8 is refused with the offset of the first bad byte", () => {
  const latin1 = Uint8Array.from([...encode("Caf"), 0xe9, ...encode(" au lait")]);
  const error = refused({ bytes: latin1, fileName: "latin1.txt" });
  assert.equal(error.code, "invalid_utf8");
  assert.equal(error.message, documentMessages.invalidUtf8("latin1.txt", 3));
  const truncated = Uint8Array.from([...encode("ok "), 0xe2, 0x82]);
  assert.equal(refused({ bytes: truncated, fileName: "t.txt" }).code, "invalid_utf8");
});

test("UTF-16 is named as such rather than called binary", () => {
  const utf16 = Uint8Array.from([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]);
  const error = refused({ bytes: utf16, fileName: "wide.txt" });
  assert.equal(error.code, "unsupported_encoding");
  assert.match(error.message, /UTF-16/);
});

test("unsupported extensions are refused before anything else", () => {
  const error = refused({ bytes: encode("%PDF-1.7"), fileName: "report.pdf" });
  assert.equal(error.code, "unsupported_type");
  assert.match(error.message, /"\.pdf" files are not read; supported: \.txt/);
  assert.equal(refused({ bytes: encode("x"), fileName: "README" }).code, "unsupported_type");
});

test("an explicit format reads bytes whose name has no extension", () => {
  const doc = analysed({
    text: "# Titre\n\nLe texte de la note, avec du **gras**.",
    fileName: "-",
    format: "md",
  });
  assert.deepEqual([doc.format, doc.title, doc.source], ["md", "Titre", "-"]);
});

test("a page with no text left after reduction is refused", () => {
  const error = refused({
    bytes: encode("<html><body><script>x()</script><img src=a></body></html>"),
    fileName: "e.html",
  });
  assert.equal(error.code, "no_text");
});

test("CRLF, a byte-order mark and decomposed accents give the same text and hash as clean LF", () => {
  const clean = analysed({ text: FRENCH });
  const windows = analysed({ text: `\uFEFF${FRENCH.replace(/\n/g, "\r\n")}\r\n` });
  const decomposed = analysed({ text: FRENCH.normalize("NFD") });
  assert.equal(windows.text, clean.text);
  assert.equal(windows.contentHash, clean.contentHash);
  assert.equal(decomposed.contentHash, clean.contentHash);
  assert.match(clean.contentHash, /^[0-9a-f]{64}$/);
  assert.notEqual(analysed({ text: `${FRENCH} Fin.` }).contentHash, clean.contentHash);
});

test("raw keeps the original bytes", () => {
  const bytes = encode(`\uFEFF${FRENCH}\r\n`);
  assert.deepEqual(analysed({ bytes, fileName: "n.txt" }).raw, bytes);
});

test("text documents: title from the first line, source from the file's base name, inferred date", () => {
  const doc = analysed({ text: FRENCH, fileName: "/data/reports/bilan.txt" });
  assert.equal(doc.format, "txt");
  assert.equal(doc.title, "Bilan annuel");
  assert.equal(doc.source, "bilan.txt");
  assert.equal(doc.language, "fr");
  assert.deepEqual([doc.published, doc.publishedHow], ["2024", "inferred"]);
});

test("a given date wins over the text, a forced language has confidence 1, a given source is kept", () => {
  const doc = analysed({
    text: FRENCH,
    published: "2025-03-02",
    lang: "en",
    source: "https://example.org/a",
  });
  assert.deepEqual([doc.published, doc.publishedHow], ["2025-03-02", "given"]);
  assert.deepEqual([doc.language, doc.languageConfidence], ["en", 1]);
  assert.equal(doc.source, "https://example.org/a");
});

test("a given date that is not a date is refused", () => {
  const error = refused({ bytes: encode(FRENCH), fileName: "a.txt", published: "last week" });
  assert.equal(error.code, "invalid_date");
  assert.equal(error.message, documentMessages.invalidDate("a.txt", "last week"));
});

test("without any date the publication date is unknown", () => {
  const doc = analysed({ text: "A note\n\nThe company said it was growing." });
  assert.deepEqual([doc.published, doc.publishedHow], [null, "unknown"]);
});

test("Markdown: front matter gives title, date, source and language, and leaves the text", () => {
  const md = [
    "---",
    "title: Les comptes du premier semestre",
    "published: 2025-10-02",
    "source: https://example.org/comptes",
    "lang: fr",
    "---",
    "# Les comptes du premier semestre",
    "",
    "La société a **perdu** 2 milliards de dollars, selon [le journal](https://example.org).",
    "",
    "* premier point",
    "* second point",
  ].join("\n");
  const doc = analysed({ text: md, fileName: "comptes.md" });
  assert.equal(doc.format, "md");
  assert.equal(doc.title, "Les comptes du premier semestre");
  assert.deepEqual([doc.published, doc.publishedHow], ["2025-10-02", "metadata"]);
  assert.equal(doc.source, "https://example.org/comptes");
  assert.deepEqual([doc.language, doc.languageConfidence], ["fr", 1]);
  assert.equal(
    doc.text,
    "Les comptes du premier semestre\n\nLa société a perdu 2 milliards de dollars, selon le journal.\n\n- premier point\n- second point",
  );
  assert.doesNotMatch(doc.text, /published:|---|\*\*|\]\(/);
});

test("Markdown: broken front matter is refused with the YAML problem", () => {
  const error = refused({ bytes: encode("---\ntitle: [unclosed\n---\nBody text."), fileName: "bad.md" });
  assert.equal(error.code, "invalid_front_matter");
  assert.match(error.message, /^bad\.md: the YAML front matter cannot be read/);
});

test("Markdown: a front-matter title missing from the body becomes the first line", () => {
  const doc = analysed({
    text: "---\ntitle: Headline\n---\nBody sentence with the figures.",
    fileName: "h.md",
  });
  assert.equal(doc.text, "Headline\n\nBody sentence with the figures.");
  assert.equal(doc.title, "Headline");
});

test("HTML: metadata date, title, article text without markup and without furniture", () => {
  const html = `<!doctype html><html lang="en"><head>
    <title>Chip deal | Example News</title>
    <meta property="og:title" content="Chip maker signs a supply deal">
    <meta property="article:published_time" content="2025-10-06T07:30:00+00:00">
    </head><body><nav><a href="/">Home</a><a href="/tech">Tech</a></nav>
    <article><h1>Chip maker signs a supply deal</h1>
    <p>The chip maker said on Monday it will supply six gigawatts of accelerators over several years.
    Analysts said the deal was worth tens of billions of dollars in revenue for the supplier.</p>
    <h2>What the deal covers</h2>
    <p>The first gigawatt is due in the second half of 2026, and the buyer received a warrant for shares
    that vests as deliveries are made and as the share price reaches agreed levels over the period.</p>
    <p>Share this article</p>
    <p>Leave a comment</p></article><footer>© Example News</footer></body></html>`;
  const doc = analysed({ text: html, fileName: "deal.html" });
  assert.equal(doc.format, "html");
  assert.equal(doc.title, "Chip maker signs a supply deal");
  assert.deepEqual([doc.published, doc.publishedHow], ["2025-10-06", "metadata"]);
  assert.equal(doc.language, "en");
  assert.match(doc.text, /^Chip maker signs a supply deal\n\nThe chip maker said on Monday/);
  assert.match(doc.text, /\n\nWhat the deal covers\n\nThe first gigawatt/);
  assert.doesNotMatch(doc.text, /<|>|Share this article|Leave a comment|Home/);
  assert.ok(doc.furniture.some((block) => block.kind === "share"));
});
