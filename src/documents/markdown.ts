import { parse as parseYaml } from "yaml";
import type { Result } from "../core/index.js";
import { err, ok } from "../core/index.js";

/**
 * Markdown to plain text, line by line and deterministic: front matter read and removed,
 * headings, emphasis, links, images, code fences, quotes and rules reduced to their text,
 * list items kept as "- " lines, raw HTML dropped.
 */

export interface FrontMatter {
  title?: string;
  published?: string;
  source?: string;
  lang?: string;
}

export interface ReducedMarkdown {
  text: string;
  frontMatter: FrontMatter;
  /** The first heading's text, when there is one. */
  heading: string | null;
}

const FRONT_MATTER = /^---[ \t]*\n(?:([\s\S]*?)\n)?(?:---|\.\.\.)[ \t]*(?:\n|$)/;

function scalar(value: unknown): string | undefined {
  if (typeof value === "string" && value.trim() !== "") return value.trim();
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return undefined;
}

function readFrontMatter(block: string): Result<FrontMatter, string> {
  let data: unknown;
  try {
    data = parseYaml(block, { maxAliasCount: 50, prettyErrors: false });
  } catch (error) {
    return err(error instanceof Error ? (error.message.split("\n")[0] ?? "invalid YAML") : "invalid YAML");
  }
  if (data === null || data === undefined) return ok({});
  if (typeof data !== "object" || Array.isArray(data))
    return err("front matter is not a mapping of keys to values");
  const record = data as Record<string, unknown>;
  const front: FrontMatter = {};
  const title = scalar(record.title);
  const published = scalar(record.published ?? record.date ?? record.published_at);
  const source = scalar(record.source ?? record.url);
  const lang = scalar(record.lang ?? record.language);
  if (title !== undefined) front.title = title;
  if (published !== undefined) front.published = published;
  if (source !== undefined) front.source = source;
  if (lang !== undefined) front.lang = lang;
  return ok(front);
}

const ESCAPABLE = "\\`*_{}[]()#+-.!|>~";

/** Escaped characters are set aside (as private-use characters) so no rule below reads them as syntax. */
function inline(line: string): string {
  const hidden = line.replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, (_, char: string) =>
    String.fromCharCode(0xe000 + ESCAPABLE.indexOf(char)),
  );
  return hidden
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "")
    .replace(/!\[([^\]]*)\]\[[^\]]*\]/g, "")
    .replace(/\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)/g, "$1")
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1")
    .replace(/<(https?:\/\/[^>\s]+)>/g, "$1")
    .replace(/<\/?[A-Za-z!][^<>]*>/g, "")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, "$2")
    .replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*\n]*?\S)\*(?![\p{L}\p{N}])/gu, "$1$2")
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_\n]*?\S)_(?![\p{L}\p{N}])/gu, "$1$2")
    .replace(/~~(?=\S)([^~]*?\S)~~/g, "$1")
    .replace(/[\uE000-\uE011]/g, (char) => ESCAPABLE[char.charCodeAt(0) - 0xe000]!);
}

/** Splits off front matter and reduces the rest of the Markdown to plain text. */
export function reduceMarkdown(source: string): Result<ReducedMarkdown, string> {
  let body = source;
  let frontMatter: FrontMatter = {};
  const match = FRONT_MATTER.exec(source);
  if (match) {
    const front = readFrontMatter(match[1] ?? "");
    if (!front.ok) return front;
    frontMatter = front.value;
    body = source.slice(match[0].length);
  }
  body = body
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<(script|style|iframe|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, "");

  const out: string[] = [];
  let heading: string | null = null;
  let fence: string | null = null;
  for (const raw of body.split("\n")) {
    const fenceMatch = /^\s*(`{3,}|~{3,})/.exec(raw);
    if (fenceMatch) {
      if (fence === null) fence = fenceMatch[1]!.slice(0, 3);
      else if (fenceMatch[1]!.startsWith(fence)) fence = null;
      continue;
    }
    if (fence !== null) {
      out.push(raw);
      continue;
    }
    let line = raw.replace(/^\s{0,3}(?:>\s?)+/, "");
    if (/^\s*(?:[-*_]\s*){3,}$/.test(line) || /^\s*=+\s*$/.test(line)) {
      out.push("");
      continue;
    }
    if (/^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line)) continue;
    if (/^\s{0,3}\[[^\]]+\]:\s*\S+/.test(line)) continue;
    const headingMatch = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (headingMatch) {
      const text = inline(headingMatch[1]!).trim();
      heading ??= text === "" ? null : text;
      out.push("", text, "");
      continue;
    }
    const item = /^(\s*)[-*+]\s+(.*)$/.exec(line);
    if (item) line = `- ${item[2]!}`;
    out.push(inline(line).trim());
  }
  return ok({ text: out.join("\n"), frontMatter, heading });
}
