import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import {
  type AnalysedDocument,
  type Claim,
  DEFAULT_MAX_DOCUMENT_BYTES,
  FrontierError,
  type Issue,
  LANGUAGES,
  type Language,
  printable,
  type Result,
} from "../../core/index.js";
import { analyseDocument, collectDocumentFiles, readDocumentFile } from "../../documents/index.js";
import type { GazetteerData } from "../../extract/index.js";
import { extractDocument } from "../../pipeline.js";
import { booleanOption, type Command, stringOption } from "../command.js";
import type { CliIo } from "../io.js";

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

    const options = {
      maxBytes: DEFAULT_MAX_DOCUMENT_BYTES,
      ...(lang === undefined ? {} : { lang: lang as Language }),
      ...(published === null ? {} : { published }),
    };
    const reads: { name: string; read: () => Promise<Result<AnalysedDocument, Issue>> }[] = [];
    let failed = 0;
    if (positionals.length === 0) {
      const bytes = await io.readStdin();
      reads.push({
        name: "-",
        read: async () => analyseDocument({ bytes, fileName: "-", format: "txt", ...options }),
      });
    } else {
      const collected = await collectDocumentFiles(positionals.map((path) => resolve(io.cwd, path)));
      for (const issue of collected.issues) {
        io.stderr(`extract: ${printable(issue.message)}\n`);
        failed++;
      }
      for (const file of collected.files)
        reads.push({ name: displayName(file, positionals, io), read: () => readDocumentFile(file, options) });
    }
    const all: Claim[] = [];
    for (const { name, read } of reads) {
      const document = await read();
      if (!document.ok) {
        io.stderr(`extract: ${printable(document.error.message)}\n`);
        failed++;
        continue;
      }
      const { claims, issues } = extractDocument(document.value, name, gazetteer ? { gazetteer } : {});
      const errors = issues.filter((issue) => issue.severity === "error");
      for (const issue of errors)
        io.stderr(`extract: ${printable(`${name}: ${issue.code}: ${issue.message}`)}\n`);
      if (errors.length > 0) failed++;
      if (format === "jsonl") for (const claim of claims) io.stdout(`${JSON.stringify(claim)}\n`);
      else all.push(...claims);
    }
    if (format === "json") io.stdout(`${JSON.stringify(all, null, 2)}\n`);
    return failed > 0 ? 1 : 0;
  },
};

/** The file as the user named it when it was named directly; otherwise its path relative to the working directory. */
function displayName(file: string, positionals: string[], io: CliIo): string {
  const named = positionals.find((path) => resolve(io.cwd, path) === file);
  if (named !== undefined) return named;
  return file.startsWith(`${io.cwd}/`) ? file.slice(io.cwd.length + 1) : file;
}
