/** Character classes of the scanner, on UTF-16 code units (no regex, no allocation). */

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Latin letters, with the accented ones of Latin-1 and Latin Extended-A/B. */
export function isLetter(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x370 && c <= 0x3ff) ||
    (c >= 0x400 && c <= 0x4ff)
  );
}

/** Spaces inside a line: space, tab, NBSP, narrow NBSP, thin and figure spaces. */
export function isInlineSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007;
}

/** Spaces that separate thousands ("5 000", "5\u00a0000", "5\u202f000"). */
export function isGroupSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007;
}

/** Non-breaking spaces only: a thousands separator even in English text. */
export function isHardSpace(c: number): boolean {
  return c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007;
}

export function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2bc;
}

export function isDash(c: number): boolean {
  return c === 45 || c === 0x2013 || c === 0x2014 || c === 0x2012;
}

export function isUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}
