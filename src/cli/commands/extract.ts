import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { type Claim, FrontierError, LANGUAGES, type Language } from "../../core/index.js";
import { extractClaims, type GazetteerData } from "../../extract/index.js";
import { booleanOption, type Command, stringOption } from "../command.js";
import type { CliIo } from "../io.js";

const FRENCH_WORDS = /\b(?:le|la|les|des|du|une|est|dans|pour|avec|selon|qui|sur|pas|milliards?)\b/giu;
const ENGLISH_WORDS = /\b(?:the|and|of|to|is|in|for|with|that|on|said|billion|its)\b/giu;

/** French or English by common words, when --lang is not given. */
export function guessLanguage(text: string): Language {
  const fr = text.match(FRENCH_WORDS)?.length ?? 0;
  const en = text.match(ENGLISH_WORDS)?.length ?? 0;
  return fr >= en ? "fr" : "en";
}

async function loadGazetteer(path: string, io: CliIo): Promise<GazetteerData> {
  let raw: string;
  try {
    raw = await readFile(resolve(io.cwd, path), "utf8");
  } catch (error) {
    throw new FrontierError("usage", `cannot read gazetteer ${path}: ${(error as Error).message}`);
  }
  try {
    const data = JSON.parse(raw) as GazetteerData;
    if (typeof data !== "object" || data === null || Array.isArray(data)) throw new Error("not an object");
    return data;
  } catch (error) {
    throw new FrontierError("usage", `gazetteer ${path} is not a JSON object: ${(error as Error).message}`);
  }
}

export const extractCommand: Command = {
  name: "extract",
  summary: "print the claims of files (or standard input) as JSON lines, without touching the ledger",
  usage: "[files…] [--lang fr|en] [--published YYYY-MM-DD] [--format jsonl|json] [--gazetteer FILE]",
  help: {
    lang: "language of the texts (fr or en); guessed when omitted",
    published: "publication date relative periods resolve against (YYYY, YYYY-MM or YYYY-MM-DD)",
    format: "jsonl (one claim per line, default) or json (one array)",
    gazetteer:
      "a JSON file of extra companies, products, people and outlets (the shape of src/extract/data/gazetteer.json)",
    json: "same as --format json",
  },
  options: {
    lang: { type: "string" },
    published: { type: "string" },
    format: { type: "string" },
    gazetteer: { type: "string" },
    json: { type: "boolean" },
  },
  run: async ({ io, values, positionals }) => {
    const lang = stringOption(values, "lang");
    if (lang !== undefined && !(LANGUAGES as readonly string[]).includes(lang))
      throw new FrontierError("usage", `--lang must be one of ${LANGUAGES.join(", ")}`);
    const published = stringOption(values, "published") ?? null;
    if (published !== null && !/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(published))
      throw new FrontierError("usage", "--published must be YYYY, YYYY-MM or YYYY-MM-DD");
    const format = booleanOption(values, "json") ? "json" : (stringOption(values, "format") ?? "jsonl");
    if (format !== "jsonl" && format !== "json")
      throw new FrontierError("usage", "--format must be jsonl or json");
    const gazetteerPath = stringOption(values, "gazetteer");
    const gazetteer = gazetteerPath ? await loadGazetteer(gazetteerPath, io) : undefined;

    const inputs = positionals.length > 0 ? positionals : ["-"];
    const all: Claim[] = [];
    let failed = 0;
    for (const name of inputs) {
      let text: string;
      try {
        const bytes = name === "-" ? await io.readStdin() : await readFile(resolve(io.cwd, name));
        text = new TextDecoder("utf-8", { fatal: true })
          .decode(bytes)
          .replace(/^\uFEFF/, "")
          .replace(/\r\n?/g, "\n");
      } catch (error) {
        io.stderr(`extract: ${name}: ${(error as Error).message}\n`);
        failed++;
        continue;
      }
      const language = (lang as Language | undefined) ?? guessLanguage(text);
      const { claims, issues } = extractClaims(
        { text, language, published, document: name },
        gazetteer ? { gazetteer } : {},
      );
      for (const issue of issues)
        if (issue.severity !== "info") io.stderr(`extract: ${name}: ${issue.code}: ${issue.message}\n`);
      if (format === "jsonl") for (const claim of claims) io.stdout(`${JSON.stringify(claim)}\n`);
      else all.push(...claims);
    }
    if (format === "json") io.stdout(`${JSON.stringify(all, null, 2)}\n`);
    return failed > 0 ? 1 : 0;
  },
};
