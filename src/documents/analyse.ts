import { createHash } from "node:crypto";
import type {
  AnalysedDocument,
  DateConfidence,
  DocumentFormat,
  Issue,
  Language,
  PublishedHow,
  Result,
} from "../core/index.js";
import { DEFAULT_MAX_DOCUMENT_BYTES, err, LANGUAGES, ok } from "../core/index.js";
import { dateFromMetadata, inferPublicationDate, parseGivenDate } from "./dates.js";
import { decodeText } from "./decode.js";
import { removeFurniture } from "./furniture.js";
import { reduceHtml } from "./html.js";
import { detectLanguage } from "./language.js";
import { reduceMarkdown } from "./markdown.js";
import { documentMessages, fileIssue } from "./messages.js";
import { normaliseText } from "./normalise.js";

export interface DocumentInput {
  bytes: Uint8Array;
  /** The file name (or path) as given; messages name it, and the format comes from its extension. */
  fileName: string;
  /** A publication date the user gives (YYYY, YYYY-MM or YYYY-MM-DD): it wins over any other. */
  published?: string;
  /** Says where a given date comes from ("manifest seeds.json: …"); defaults to "given by the user". */
  publishedEvidence?: string;
  /** Where the document comes from (a URL); defaults to metadata, then the file's base name. */
  source?: string;
  /** A title that wins over the one read from the document. */
  title?: string;
  /** The outlet that published the document. */
  outlet?: string;
  /** Forces the language (confidence 1). */
  lang?: Language;
  maxBytes?: number;
  /** Reads the bytes as this format whatever the name says (standard input has no extension). */
  format?: DocumentFormat;
}

const FORMATS: Readonly<Record<string, DocumentFormat>> = {
  ".txt": "txt",
  ".text": "txt",
  ".md": "md",
  ".markdown": "md",
  ".html": "html",
  ".htm": "html",
};

/** The file extensions the documents stage reads. */
export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(FORMATS);

export function extensionOf(fileName: string): string {
  const base = baseName(fileName);
  const dot = base.lastIndexOf(".");
  return dot <= 0 ? "" : base.slice(dot).toLowerCase();
}

export function formatOf(fileName: string): DocumentFormat | null {
  return FORMATS[extensionOf(fileName)] ?? null;
}

export function baseName(path: string): string {
  const parts = path.split(/[/\\]/);
  return parts.at(-1) ?? path;
}

const MAX_TITLE_LENGTH = 300;

/** The first non-empty line; when that line is a whole paragraph, its first sentence. */
function firstLine(text: string): string {
  const line = (text.split("\n").find((candidate) => candidate.trim() !== "") ?? "")
    .replace(/^[-*•]\s+/, "")
    .trim();
  if (line.length <= 200) return line;
  const sentence = /^.{20,}?[.!?](?=\s)/u.exec(line);
  return sentence ? sentence[0] : line;
}

function shortTitle(title: string): string {
  return title.length <= MAX_TITLE_LENGTH ? title : `${title.slice(0, MAX_TITLE_LENGTH - 1).trimEnd()}…`;
}

interface Reduced {
  text: string;
  title: string | null;
  published: string | null;
  source: string | null;
  lang: Language | null;
}

function reduce(format: DocumentFormat, decoded: string, file: string): Result<Reduced, Issue> {
  const text = normaliseText(decoded);
  if (format === "html") {
    const page = reduceHtml(text);
    return ok({
      text: page.text,
      title: page.title,
      published: page.published,
      source: page.source,
      lang: null,
    });
  }
  if (format === "md") {
    const markdown = reduceMarkdown(text);
    if (!markdown.ok)
      return err(
        fileIssue("invalid_front_matter", file, documentMessages.invalidFrontMatter(file, markdown.error)),
      );
    const front = markdown.value.frontMatter;
    const lang = front.lang?.toLowerCase().slice(0, 2);
    let body = markdown.value.text;
    if (front.title !== undefined && !normaliseText(body).toLowerCase().startsWith(front.title.toLowerCase()))
      body = `${front.title}\n\n${body}`;
    return ok({
      text: body,
      title: front.title ?? markdown.value.heading,
      published: front.published === undefined ? null : dateFromMetadata(front.published),
      source: front.source ?? null,
      lang: (LANGUAGES as readonly string[]).includes(lang ?? "") ? (lang as Language) : null,
    });
  }
  return ok({ text, title: null, published: null, source: null, lang: null });
}

/**
 * Bytes of a .txt, .md or .html file to an analysed document: checked (empty, too large, binary,
 * not UTF-8), reduced to plain article text, stripped of page furniture, with its language,
 * title, publication date and content hash. Pure: no I/O, no clock.
 *
 * @example
 * const result = analyseDocument({ bytes: new TextEncoder().encode("Titre\n\nLe chiffre d'affaires…"), fileName: "a.txt" });
 * if (result.ok) console.log(result.value.language, result.value.contentHash);
 */
export function analyseDocument(input: DocumentInput): Result<AnalysedDocument, Issue> {
  const file = input.fileName;
  const format = input.format ?? formatOf(file);
  if (format === null)
    return err(
      fileIssue(
        "unsupported_type",
        file,
        documentMessages.unsupportedType(file, extensionOf(file), SUPPORTED_EXTENSIONS),
      ),
    );
  const limit = input.maxBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
  if (input.bytes.length === 0) return err(fileIssue("empty_file", file, documentMessages.emptyFile(file)));
  if (input.bytes.length > limit)
    return err(fileIssue("too_large", file, documentMessages.tooLarge(file, input.bytes.length, limit)));

  let given: string | null = null;
  if (input.published !== undefined) {
    given = parseGivenDate(input.published);
    if (given === null)
      return err(fileIssue("invalid_date", file, documentMessages.invalidDate(file, input.published)));
  }

  const decoded = decodeText(input.bytes, file);
  if (!decoded.ok) return decoded;
  if (decoded.value.trim() === "")
    return err(fileIssue("empty_file", file, documentMessages.emptyFile(file)));

  const reduced = reduce(format, decoded.value, file);
  if (!reduced.ok) return reduced;
  const cleaned = removeFurniture(normaliseText(reduced.value.text));
  const text = normaliseText(cleaned.text);
  if (text === "") return err(fileIssue("no_text", file, documentMessages.noText(file)));

  const detected = detectLanguage(text);
  const forced = input.lang ?? reduced.value.lang;
  const inferred = inferPublicationDate(text);
  let published: string | null = null;
  let publishedHow: PublishedHow = "unknown";
  let publishedConfidence: DateConfidence | null = null;
  let publishedEvidence: string | null = null;
  if (given !== null) {
    [published, publishedHow, publishedConfidence] = [given, "given", "high"];
    publishedEvidence = input.publishedEvidence ?? "given by the user";
  } else if (reduced.value.published !== null) {
    [published, publishedHow, publishedConfidence] = [reduced.value.published, "metadata", "high"];
    publishedEvidence = format === "md" ? "front matter" : "page metadata";
  } else if (inferred !== null) {
    [published, publishedHow] = [inferred.date, "inferred"];
    [publishedConfidence, publishedEvidence] = [inferred.confidence, inferred.evidence];
  }

  return ok({
    source: input.source ?? reduced.value.source ?? baseName(file),
    format,
    title: shortTitle(
      normaliseText(input.title ?? reduced.value.title ?? "").split("\n")[0] || firstLine(text),
    ),
    language: forced ?? detected.language,
    languageConfidence: forced ? 1 : detected.confidence,
    published,
    publishedHow,
    publishedConfidence,
    publishedEvidence,
    outlet: input.outlet ?? null,
    text,
    furniture: cleaned.furniture,
    contentHash: createHash("sha256").update(text, "utf8").digest("hex"),
    raw: input.bytes,
  });
}
