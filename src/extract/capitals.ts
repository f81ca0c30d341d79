/**
 * Case-insensitive patterns that still tell a name by its capital. Under the `i` flag `\p{Lu}`
 * matches any letter (the flag folds the class too), so "share of \p{Lu}\p{L}*'s revenue" would take
 * "share of today's revenue" as a company's. Written with `i` and passed through keepingCapitals, a
 * pattern matches its words in either case while its `\p{Lu}` keeps meaning a capital.
 */

/** The letter in both cases, when it has exactly one other: "a" → "aA", "É" → "Éé", "ß" and "-" → themselves. */
function bothCases(c: string): string {
  const lower = c.toLowerCase();
  const upper = c.toUpperCase();
  if ([...lower].length !== 1 || [...upper].length !== 1 || lower === upper) return c;
  return c === lower ? c + upper : c + lower;
}

/** The escape at `at` (a backslash), as written: `\p{Lu}`, `\k<name>`, `\u{e9}`, `\u00e9`, `\x41`, `\cJ`, `\s`. */
function escapeAt(source: string, at: number): string {
  const c = source[at + 1] ?? "";
  const braced = /^[pPu]\{[^}]*\}|^k<[^>]*>/u.exec(source.slice(at + 1));
  if (braced) return `\\${braced[0]}`;
  if (c === "u") return source.slice(at, at + 6);
  if (c === "x") return source.slice(at, at + 4);
  if (c === "c") return source.slice(at, at + 3);
  return source.slice(at, at + 2);
}

/** The other case of the letter a code-point escape (`\u00e9`, `\x41`, `\u{e9}`) stands for, if any. */
function otherCaseOf(escaped: string): string {
  const hex = /^\\(?:u\{([0-9a-f]+)\}|u([0-9a-f]{4})|x([0-9a-f]{2}))$/iu.exec(escaped);
  if (!hex) return "";
  const c = String.fromCodePoint(Number.parseInt(hex[1] ?? hex[2] ?? hex[3]!, 16));
  return bothCases(c).slice(c.length);
}

/** A class's members with each letter's other case added: `[a-zé]` → `[a-zA-ZéÉ]`. */
function classWithBothCases(source: string, at: number): { text: string; end: number } {
  let text = "[";
  let i = at + 1;
  if (source[i] === "^") text += source[i++];
  while (i < source.length && source[i] !== "]") {
    if (source[i] === "\\") {
      const escaped = escapeAt(source, i);
      text += escaped + otherCaseOf(escaped);
      i += escaped.length;
      continue;
    }
    const c = source[i]!;
    if (source[i + 1] === "-" && source[i + 2] !== undefined && source[i + 2] !== "]") {
      const to = source[i + 2]!;
      const range = `${c}-${to}`;
      const other = /^[a-z]-[a-z]$/u.test(range)
        ? range.toUpperCase()
        : /^[A-Z]-[A-Z]$/u.test(range)
          ? range.toLowerCase()
          : "";
      text += range + other;
      i += 3;
      continue;
    }
    text += bothCases(c);
    i++;
  }
  return { text: `${text}]`, end: i + 1 };
}

/** A group's opening as written: `(?:`, `(?=`, `(?<!`, `(?<name>`, `(`. */
function groupOpeningAt(source: string, at: number): string {
  return /^\((?:\?(?::|=|!|<=|<!|<[^>]*>))?/u.exec(source.slice(at))![0];
}

/**
 * `pattern` without the `i` flag, each of its letters matching both cases as `i` would have it,
 * its `\p{…}` classes as written: `\p{Lu}` a capital, `\p{Ll}` a lower-case letter.
 */
export function keepingCapitals(pattern: RegExp): RegExp {
  const { source } = pattern;
  let out = "";
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === "[") {
      const members = classWithBothCases(source, i);
      out += members.text;
      i = members.end;
      continue;
    }
    let piece = c === "\\" ? escapeAt(source, i) : c === "(" ? groupOpeningAt(source, i) : c;
    i += piece.length;
    const both = c === "\\" ? piece + otherCaseOf(piece) : c === "(" ? piece : bothCases(c);
    if (both !== piece) piece = `[${both}]`;
    out += piece;
  }
  return new RegExp(out, pattern.flags.replace("i", ""));
}
