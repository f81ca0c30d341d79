import assert from "node:assert/strict";
import { test } from "node:test";
import { reduceMarkdown } from "./markdown.js";

function reduced(source: string): string {
  const result = reduceMarkdown(source);
  if (!result.ok) assert.fail(result.error);
  return result.value.text.trim();
}

test("inline syntax reduces to its text", () => {
  assert.equal(
    reduced(
      "Le **groupe** a _signé_ un `contrat` avec [Oracle](https://example.org/(x)) et ![logo](l.png)[AMD][ref].",
    ),
    "Le groupe a signé un contrat avec Oracle et AMD.",
  );
  assert.equal(
    reduced("Un nom_de_variable reste et 3 * 4 * 5 aussi, \\*échappé\\* et \\~x\\~."),
    "Un nom_de_variable reste et 3 * 4 * 5 aussi, *échappé* et ~x~.",
  );
});

test("block syntax: headings, quotes, rules, lists, fences, tables, reference definitions, raw HTML", () => {
  const source = [
    "Titre principal",
    "===============",
    "",
    "> Une citation",
    "",
    "***",
    "",
    "+ un",
    "1. deux",
    "",
    "```js",
    "const x = '**pas du markdown**';",
    "```",
    "",
    "| a | b |",
    "|---|---|",
    "",
    "[ref]: https://example.org",
    '<script>alert("x")</script><div onclick="x()">texte brut</div>',
    "<!-- commentaire caché -->",
  ].join("\n");
  const text = reduced(source);
  assert.equal(
    text,
    "Titre principal\n\n\nUne citation\n\n\n\n- un\n1. deux\n\nconst x = '**pas du markdown**';\n\n| a | b |\n\ntexte brut",
  );
});

test("front matter that is not a mapping is an error; empty front matter is none", () => {
  const list = reduceMarkdown("---\n- a\n- b\n---\nTexte.");
  assert.ok(!list.ok && /mapping/.test(list.error));
  const empty = reduceMarkdown("---\n---\nTexte.");
  assert.ok(empty.ok);
  assert.deepEqual(empty.value.frontMatter, {});
  assert.equal(empty.value.text, "Texte.");
});
