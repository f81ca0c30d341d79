import type { FurnitureBlock } from "../core/index.js";

/**
 * Page furniture: the lines a web page wraps around an article (share and comment blocks,
 * "read also" lists, app and newsletter banners, language menus, disclaimers, captions, reaction
 * buttons). Recognised line by line from the small French and English lexicons below, so the
 * result is deterministic and each removal is explained by its kind.
 */

export type FurnitureKind =
  | "share"
  | "comments"
  | "related_links"
  | "app_banner"
  | "trading"
  | "language_menu"
  | "disclaimer"
  | "caption"
  | "navigation"
  | "source_link"
  | "widget"
  | "cookies"
  | "social";

/** Lowercase, straight apostrophes, single spaces, no trailing colon or full stop. */
function keyOf(line: string): string {
  return lowerOf(line).replace(/[\s:.!…»>›→-]+$/u, "");
}

function lowerOf(line: string): string {
  return line
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[\s\u00A0\u202F]+/g, " ")
    .trim();
}

const BULLET = /^(?:[-*+•·–—▪●◦‣]|\d{1,2}[.)])\s+/u;

function stripBullet(line: string): { body: string; bullet: boolean } {
  const trimmed = line.trim();
  const match = BULLET.exec(trimmed);
  return match
    ? { body: trimmed.slice(match[0].length).trim(), bullet: true }
    : { body: trimmed, bullet: false };
}

const EXACT: ReadonlyArray<readonly [FurnitureKind, readonly string[]]> = [
  [
    "share",
    [
      "partagez cet article",
      "partager cet article",
      "partagez l'article",
      "partager l'article",
      "partager sur",
      "share this article",
      "share this story",
      "share this post",
      "share this",
      "share on",
      "share article",
    ],
  ],
  [
    "comments",
    [
      "laisser un commentaire",
      "laissez un commentaire",
      "laisser une réponse",
      "ajouter un commentaire",
      "écrire un commentaire",
      "aucun commentaire",
      "annuler la réponse",
      "leave a comment",
      "leave a reply",
      "add a comment",
      "post a comment",
      "write a comment",
      "no comments",
      "no comments yet",
      "cancel reply",
    ],
  ],
  [
    "navigation",
    [
      "article précédent",
      "article suivant",
      "articles précédents",
      "articles suivants",
      "lire plus d'articles",
      "plus d'articles",
      "voir plus",
      "charger plus",
      "retour en haut",
      "aller au contenu",
      "accueil",
      "menu",
      "rechercher",
      "se connecter",
      "connexion",
      "s'inscrire",
      "communauté",
      "previous article",
      "next article",
      "previous post",
      "next post",
      "read more articles",
      "more articles",
      "more stories",
      "see more",
      "load more",
      "back to top",
      "skip to content",
      "home",
      "search",
      "log in",
      "login",
      "sign in",
      "sign up",
      "community",
    ],
  ],
  [
    "source_link",
    [
      "voir l'original",
      "voir l'article original",
      "lire l'original",
      "lire l'article original",
      "view original",
      "view the original",
      "see original",
      "see the original",
      "read the original",
      "read the original article",
    ],
  ],
  [
    "widget",
    [
      "création du résumé en cours",
      "génération du résumé en cours",
      "résumé en cours",
      "résumé par ia",
      "résumé ia",
      "écouter cet article",
      "écouter l'article",
      "generating summary",
      "summary in progress",
      "ai summary",
      "listen to this article",
      "listen to this story",
    ],
  ],
];

const EXACT_KIND = new Map<string, FurnitureKind>();
for (const [kind, phrases] of EXACT) for (const phrase of phrases) EXACT_KIND.set(phrase, kind);

interface PatternRule {
  kind: FurnitureKind;
  pattern: RegExp;
  /** Longest line (characters) the rule applies to: furniture is short, article prose is not. */
  maxLength: number;
}

const PATTERNS: readonly PatternRule[] = [
  {
    kind: "comments",
    maxLength: 400,
    pattern:
      /^(?:votre adresse (?:e-?mail|de messagerie|courriel) ne sera pas publiée|your email address will not be published|les champs obligatoires sont (?:indiqués|marqués)|required fields are marked|enregistrer mon nom|save my name, email)|^\d+ (?:commentaires?|comments?|réponses?|replies)$/,
  },
  {
    kind: "disclaimer",
    maxLength: 800,
    pattern:
      /cette page peut (?:inclure|contenir) du contenu de tiers|this page may (?:include|contain) third[- ]party content|\bnot (?:financial|investment) advice\b|\bdoes not constitute (?:financial|investment) advice\b|\bne constitue pas un conseil (?:financier|en investissement|d'investissement)|\baucun conseil financier\b|voir la section avertissement|^(?:avertissement|disclaimer|clause de non-responsabilité)\s*:/,
  },
  {
    kind: "widget",
    maxLength: 60,
    pattern: /^\d+ ?min(?:utes?)? (?:de lecture|read)$|^temps de lecture\b|^reading time\b/,
  },
  {
    kind: "app_banner",
    maxLength: 160,
    pattern:
      /t[ée]l[ée]charge[rz]?\b.*\bapp(?:li(?:cation)?)?\b|\bdownload\b.*\bapp\b|\bget (?:the|our) app\b|\bscan(?:ne[rz])?\b.*\b(?:download|télécharger|qr)\b|\b(?:app store|google play|play store)\b|^(?:abonnez-vous|inscrivez-vous|subscribe|sign up)\b.*\bnewsletters?\b|^(?:newsletters?|notre newsletter|our newsletter)$|^qr ?code$/,
  },
  {
    kind: "trading",
    maxLength: 160,
    pattern:
      /\btrade[rz]?\b.*\bcrypto|\bcryptos?\b.*\b(?:partout|anywhere|à tout moment)\b|\b(?:acheter|vendre|buy|sell)\b(?: des| de la| du)? cryptos?\b|\bcopy trading\b|\b(?:spot|futures) trading\b/,
  },
  {
    kind: "caption",
    maxLength: 200,
    pattern:
      /^(?:photos?|images?|illustrations?|crédits?(?: photo)?|credits?|visuel|source (?:de l'image|image|photo))\s*(?::|©|\/)|^(?:illustration|image|photo|visuel|infographie)s? (?:générée?s?|créée?s?|réalisée?s?|generated|created|made) (?:par|by|with|avec)\b|\bgetty images\b|\bshutterstock\b|\b(?:afp|reuters|ap) photo\b|^©|^\(c\) /,
  },
  {
    kind: "cookies",
    maxLength: 400,
    pattern:
      /\b(?:nous utilisons|ce site utilise) (?:des )?cookies\b|\bwe use cookies\b|\bthis (?:site|website) uses cookies\b|^(?:accepter|refuser|tout accepter|tout refuser|accept|reject|accept all|reject all)(?: les| all)? cookies$|^(?:gérer|manage) (?:les |my )?cookies$/,
  },
];

/** No rule applies to longer lines (the longest is the disclaimer's), which saves work on prose. */
const LONGEST_FURNITURE_LINE = 800;

const RELATED_HEADING =
  /^(?:(?:à |a )?lire (?:aussi|également|egalement|encore)|lisez aussi|voir aussi|sur le même sujet|dans la même rubrique|à découvrir aussi|à découvrir|read (?:also|more)|also read|see also|related(?: (?:articles?|stories|posts|reading|content|news|coverage))?|you (?:may|might) also like|vous (?:aimerez|pourriez aimer) aussi|recommended(?: for you)?|recommandé pour vous|more on this(?: topic| story)?|plus sur ce sujet)\s*(?::\s*(.*))?$/;

const LANGUAGE_NAMES = new Set([
  "english",
  "français",
  "francais",
  "español",
  "espanol",
  "deutsch",
  "italiano",
  "português",
  "portugues",
  "русский",
  "简体中文",
  "繁體中文",
  "繁体中文",
  "中文",
  "日本語",
  "한국어",
  "tiếng việt",
  "bahasa indonesia",
  "bahasa melayu",
  "türkçe",
  "українська",
  "العربية",
  "بالعربية",
  "عربي",
  "polski",
  "nederlands",
  "ไทย",
  "हिन्दी",
  "filipino",
  "tagalog",
  "svenska",
  "norsk",
  "dansk",
  "suomi",
  "čeština",
  "ελληνικά",
  "עברית",
  "فارسی",
  "română",
  "magyar",
  "اردو",
  "বাংলা",
  "català",
  "български",
  "srpski",
  "hrvatski",
  "slovenčina",
  "lietuvių",
  "latviešu",
  "eesti",
  "o'zbek",
  "қазақша",
  "azərbaycan",
  "anglais",
  "espagnol",
  "allemand",
  "italien",
  "portugais",
  "russe",
  "chinois",
  "japonais",
  "arabe",
  "french",
  "spanish",
  "german",
  "italian",
  "portuguese",
  "russian",
  "chinese",
  "japanese",
  "korean",
  "arabic",
]);

const SOCIAL_WORDS = new Set([
  "récompense",
  "récompenser",
  "commentaire",
  "commentaires",
  "comment",
  "comments",
  "reposter",
  "repost",
  "partager",
  "partagez",
  "partage",
  "share",
  "like",
  "likes",
  "j'aime",
  "reply",
  "répondre",
  "tweet",
  "tweeter",
  "retweet",
  "facebook",
  "twitter",
  "x",
  "linkedin",
  "whatsapp",
  "telegram",
  "reddit",
  "pinterest",
  "threads",
  "bluesky",
  "email",
  "e-mail",
  "mail",
  "imprimer",
  "print",
  "épingler",
  "pin",
  "signaler",
  "s'abonner",
  "suivre",
  "follow",
  "subscribe",
  "copier",
  "copy",
  "lien",
  "link",
]);

function isLanguageName(body: string): boolean {
  if (body.length > 40) return false;
  const base = keyOf(body.replace(/\s*\([^)]*\)\s*$/u, ""));
  return base !== "" && LANGUAGE_NAMES.has(base);
}

function isSocialLine(body: string): boolean {
  if (body.length > 120) return false;
  const tokens = keyOf(body)
    .split(/[\s|·•/,]+/u)
    .filter((token) => token !== "");
  return tokens.length > 0 && tokens.length <= 8 && tokens.every((token) => SOCIAL_WORDS.has(token));
}

/** The kind of a line that is furniture wherever it stands, or null. */
function lineKind(body: string): FurnitureKind | null {
  if (body.length > LONGEST_FURNITURE_LINE) return null;
  const key = keyOf(body);
  if (key === "") return null;
  const exact = EXACT_KIND.get(key);
  if (exact) return exact;
  for (const rule of PATTERNS) if (key.length <= rule.maxLength && rule.pattern.test(key)) return rule.kind;
  if (isSocialLine(body)) return "social";
  return null;
}

/** Markers after which, once enough article precedes them, the rest of the page is furniture. */
function endMarkerKind(body: string): { kind: FurnitureKind; strong: boolean } | null {
  const kind = lineKind(body);
  if (kind === null) return null;
  const key = keyOf(body);
  if (kind === "comments" || kind === "disclaimer" || kind === "source_link") return { kind, strong: true };
  if (kind === "share" && key.includes(" ")) return { kind, strong: false };
  if (kind === "navigation" && /article|post|précédent|suivant|previous|next/.test(key))
    return { kind, strong: false };
  return null;
}

/** A lone word or counter ("robot", "0/400", "qrCode"): an image alt text or widget remnant when isolated. */
function isFragment(body: string): boolean {
  return (
    /^\p{Ll}[\p{Ll}\p{N}-]*(?: \p{Ll}[\p{Ll}\p{N}-]*)?$/u.test(body) ||
    /^\d+(?:\/\d+)?$/.test(body) ||
    /^[a-z]+[A-Z][A-Za-z]*$/.test(body)
  );
}

/** Article characters needed before an end marker for the rest to be cut. */
const MIN_ARTICLE_BEFORE_END = 200;

/**
 * Removes page furniture from normalised text (LF line ends) and says what was removed.
 *
 * @example
 * removeFurniture("Revenue doubled in 2025.\n\nShare this article\nLeave a comment").text
 * // → "Revenue doubled in 2025."
 */
export function removeFurniture(text: string): { text: string; furniture: FurnitureBlock[] } {
  const lines = text.split("\n");
  const kinds: (FurnitureKind | null)[] = lines.map(() => null);
  const parts = lines.map(stripBullet);

  for (let i = 0; i < lines.length; i++) {
    const { body, bullet } = parts[i]!;
    const related = bullet || body.length > 250 ? null : RELATED_HEADING.exec(lowerOf(body));
    if (related) {
      kinds[i] = "related_links";
      if (related[1] === undefined || related[1].trim() === "") i = markRelatedItems(parts, kinds, i);
      continue;
    }
    if (kinds[i] === null) kinds[i] = lineKind(body);
  }

  markLanguageMenus(parts, kinds);
  markFragments(parts, kinds);
  markTail(parts, kinds);

  return assemble(lines, kinds);
}

/** Marks the list after a "read also" heading; returns the index of its last line. */
function markRelatedItems(
  parts: readonly { body: string; bullet: boolean }[],
  kinds: (FurnitureKind | null)[],
  heading: number,
): number {
  let last = heading;
  let j = heading + 1;
  let sawItem = false;
  while (j < parts.length) {
    const part = parts[j]!;
    if (part.bullet) {
      kinds[j] = "related_links";
      last = j;
      sawItem = true;
      j++;
    } else if (part.body === "" && j + 1 < parts.length && (parts[j + 1]!.bullet || !sawItem)) {
      j++;
    } else break;
  }
  if (sawItem) return last;
  // Without bullets, a short block of headline-like lines set apart by blank lines is the list.
  let start = heading + 1;
  if (parts[start]?.body !== "") return heading;
  start++;
  let end = start;
  while (end < parts.length && parts[end]!.body !== "") end++;
  const block = parts.slice(start, end);
  const headlineLike = block.every((part) => part.body.length <= 150 && !/[.;]$/.test(part.body));
  if (block.length === 0 || block.length > 5 || !headlineLike) return heading;
  for (let k = start; k < end; k++) kinds[k] = "related_links";
  return end - 1;
}

function markLanguageMenus(parts: readonly { body: string }[], kinds: (FurnitureKind | null)[]): void {
  let run: number[] = [];
  const flush = () => {
    if (run.length >= 3) for (const index of run) kinds[index] = "language_menu";
    run = [];
  };
  for (let i = 0; i < parts.length; i++) {
    const { body } = parts[i]!;
    if (body === "") continue;
    if (isLanguageName(body)) run.push(i);
    else flush();
  }
  flush();
}

function neighbourIsEdge(
  parts: readonly { body: string }[],
  kinds: readonly (FurnitureKind | null)[],
  index: number,
) {
  return index < 0 || index >= parts.length || parts[index]!.body === "" || kinds[index] !== null;
}

function markFragments(
  parts: readonly { body: string; bullet: boolean }[],
  kinds: (FurnitureKind | null)[],
): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i < parts.length; i++) {
      const { body, bullet } = parts[i]!;
      if (kinds[i] !== null || bullet || body === "" || !isFragment(body)) continue;
      if (!neighbourIsEdge(parts, kinds, i - 1) || !neighbourIsEdge(parts, kinds, i + 1)) continue;
      kinds[i] = kinds[i - 1] ?? kinds[i + 1] ?? "caption";
      changed = true;
    }
  }
}

/** Finds the end of the article and marks every line after it, each with its own kind where it has one. */
function markTail(parts: readonly { body: string }[], kinds: (FurnitureKind | null)[]): void {
  const articleChars = parts.map((part, i) => (kinds[i] === null ? part.body.length : 0));
  const total = articleChars.reduce((sum, n) => sum + n, 0);
  let before = 0;
  for (let i = 0; i < parts.length; i++) {
    const marker = endMarkerKind(parts[i]!.body);
    if (marker && before >= MIN_ARTICLE_BEFORE_END) {
      const after = total - before;
      const endsHere = before >= after || clusteredWithFurniture(parts, kinds, i);
      if (marker.strong || (endsHere && !proseFollows(parts, kinds, i))) {
        let current: FurnitureKind = marker.kind;
        for (let j = i; j < parts.length; j++) {
          if (parts[j]!.body === "") continue;
          current = kinds[j] ?? lineKind(parts[j]!.body) ?? current;
          kinds[j] = current;
        }
        return;
      }
    }
    before += articleChars[i]!;
  }
}

/** Article paragraphs this long are never furniture; one after a weak marker means the article goes on. */
const PROSE_LINE = 200;

/** True when a long unclassified line follows before any strong end marker. */
function proseFollows(
  parts: readonly { body: string }[],
  kinds: readonly (FurnitureKind | null)[],
  index: number,
): boolean {
  for (let j = index + 1; j < parts.length; j++) {
    if (endMarkerKind(parts[j]!.body)?.strong) return false;
    if (kinds[j] === null && parts[j]!.body.length >= PROSE_LINE) return true;
  }
  return false;
}

/** True when another furniture line follows within the next three non-blank lines. */
function clusteredWithFurniture(
  parts: readonly { body: string }[],
  kinds: readonly (FurnitureKind | null)[],
  index: number,
): boolean {
  let seen = 0;
  for (let j = index + 1; j < parts.length && seen < 3; j++) {
    if (parts[j]!.body === "") continue;
    seen++;
    if (kinds[j] !== null || endMarkerKind(parts[j]!.body) !== null) return true;
  }
  return false;
}

function assemble(lines: readonly string[], kinds: readonly (FurnitureKind | null)[]) {
  const kept: string[] = [];
  const blocks: { kind: FurnitureKind; lines: string[] }[] = [];
  let lastKind: FurnitureKind | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const kind = kinds[i] ?? null;
    if (kind === null) {
      kept.push(line);
      // Blank lines between two removed lines of one kind keep them in one block.
      if (line.trim() !== "") lastKind = null;
      continue;
    }
    const open = blocks.at(-1);
    if (open && lastKind === kind) open.lines.push(line.trim());
    else blocks.push({ kind, lines: [line.trim()] });
    lastKind = kind;
  }
  const text = kept
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .replace(/^\n+/, "")
    .replace(/\s+$/, "");
  return { text, furniture: blocks.map((block) => ({ kind: block.kind, text: block.lines.join("\n") })) };
}
