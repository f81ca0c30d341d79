import assert from "node:assert/strict";
import { test } from "node:test";
import { removeFurniture } from "./furniture.js";

const FR_BODY = [
  "Le fabricant de puces a signé un contrat de fourniture de quatre gigawatts avec le laboratoire.",
  "",
  "Les livraisons commenceront l'an prochain et s'étaleront sur cinq ans, selon les deux entreprises.",
  "",
  "Le montant n'a pas été dévoilé, mais les analystes l'estiment à plusieurs dizaines de milliards de dollars.",
].join("\n");

const EN_BODY = [
  "The cloud provider agreed to rent three gigawatts of capacity to the lab over six years.",
  "",
  "Both companies said the first sites would come online in Texas and Ohio next year.",
  "",
  "Neither side disclosed the price, which analysts put in the tens of billions of dollars.",
].join("\n");

function kinds(text: string): string[] {
  return removeFurniture(text).furniture.map((block) => block.kind);
}

test("text without furniture comes back unchanged", () => {
  assert.deepEqual(removeFurniture(FR_BODY), { text: FR_BODY, furniture: [] });
  assert.deepEqual(removeFurniture(EN_BODY), { text: EN_BODY, furniture: [] });
});

test("French share block, navigation and comment form end the article", () => {
  const page = `${FR_BODY}\n\nPartager cet article\nArticle précédent\nUn autre sujet sans rapport\nArticle suivant\n\nLaissez un commentaire\nVotre adresse de messagerie ne sera pas publiée.\nUn commentaire d'un lecteur qui cite 5 milliards.`;
  const result = removeFurniture(page);
  assert.equal(result.text, FR_BODY);
  assert.deepEqual(
    result.furniture.map((block) => block.kind),
    ["share", "navigation", "comments"],
  );
  assert.equal(result.furniture[1]!.text, "Article précédent\nUn autre sujet sans rapport\nArticle suivant");
});

test("English comment form and disclaimer end the article", () => {
  const page = `${EN_BODY}\n\nLeave a reply\nYour email address will not be published. Required fields are marked *\nGreat piece, I expect 40 GW by 2030.`;
  assert.equal(removeFurniture(page).text, EN_BODY);
  const disclaimer = `${EN_BODY}\n\nThis page may contain third-party content, provided for information only. It is not financial advice.\nTrade crypto anywhere\nEnglish\nFrançais\nDeutsch`;
  const result = removeFurniture(disclaimer);
  assert.equal(result.text, EN_BODY);
  assert.deepEqual(
    result.furniture.map((block) => block.kind),
    ["disclaimer", "trading", "language_menu"],
  );
});

test("a 'read also' list in the middle goes, the paragraphs after it stay (French and English)", () => {
  const [first, , ...rest] = FR_BODY.split("\n");
  const fr = `${first}\nÀ lire aussi :\n- Les semi-conducteurs en pénurie ?\n- Cinq conseils pour choisir un forfait\n${rest.join("\n")}`;
  const result = removeFurniture(fr);
  assert.equal(result.text, `${first}\n${rest.join("\n")}`);
  assert.deepEqual(result.furniture, [
    {
      kind: "related_links",
      text: "À lire aussi :\n- Les semi-conducteurs en pénurie ?\n- Cinq conseils pour choisir un forfait",
    },
  ]);
  const en = `${EN_BODY.split("\n")[0]}\n\nRelated articles\n\n• Chip shortage explained\n• Which phone plan to pick\n\n${EN_BODY.split("\n").slice(2).join("\n")}`;
  const english = removeFurniture(en);
  assert.doesNotMatch(english.text, /Related|Chip shortage|phone plan/);
  assert.match(english.text, /Both companies said/);
  assert.match(english.text, /Neither side disclosed/);
});

test("an inline 'Read also:' line goes alone; a heading without a list takes a short headline block", () => {
  const inline = `${EN_BODY}\nRead also: Why data centres need so much power`;
  assert.equal(removeFurniture(inline).text, EN_BODY);
  const block = `${FR_BODY.split("\n")[0]}\n\nLire aussi\n\nLa bataille des puces\nLe prix du kilowattheure\n\n${FR_BODY.split("\n").slice(2).join("\n")}`;
  const result = removeFurniture(block);
  assert.doesNotMatch(result.text, /Lire aussi|bataille|kilowattheure/);
  assert.match(result.text, /Les livraisons commenceront/);
});

test("banners, captions, widgets and reaction buttons are removed wherever they stand", () => {
  const page = [
    "Photo : Jean Dupont / Agence",
    "Image générée par IA",
    "Génération du résumé en cours",
    FR_BODY.split("\n")[0],
    "Abonnez-vous à notre newsletter",
    "Téléchargez l'application mobile",
    "",
    "J'aime · Partager · Commentaire",
    "",
    FR_BODY.split("\n")[2],
    "Download the app",
    "Nous utilisons des cookies pour améliorer votre expérience.",
  ].join("\n");
  const result = removeFurniture(page);
  assert.equal(result.text, `${FR_BODY.split("\n")[0]}\n\n${FR_BODY.split("\n")[2]}`);
  assert.deepEqual(
    result.furniture.map((block) => block.kind),
    ["caption", "widget", "app_banner", "social", "app_banner", "cookies"],
  );
});

test("a lone lowercase word between blank lines is an image remnant; inside prose it stays", () => {
  assert.deepEqual(kinds(`${EN_BODY}\n\nrobots\n\nThe end of the story is here.`), ["caption"]);
  const prose = "Intro line.\nand then\nthe sentence continues.";
  assert.equal(removeFurniture(prose).text, prose);
});

test("a share line near the top does not cut the article", () => {
  const page = `Title of the story\nShare this article\n\n${EN_BODY}`;
  const result = removeFurniture(page);
  assert.equal(result.text, `Title of the story\n\n${EN_BODY}`);
  assert.deepEqual(kinds(page), ["share"]);
});

test("article sentences that merely mention furniture words are kept", () => {
  const prose =
    "The company will share details of its app with investors, and a newsletter sent to clients described the photo of the site.\n\nOne comment from the chief executive drew attention: he said the download figures were strong.";
  assert.equal(removeFurniture(prose).text, prose);
});

test("two language names are not a menu; three in a row are", () => {
  const two = `${EN_BODY}\n\nEnglish\nFrançais`;
  assert.equal(removeFurniture(two).text, two);
  assert.deepEqual(kinds(`${EN_BODY}\n\n- English\n- Español\n- 日本語\n- Português (Brasil)`), [
    "language_menu",
  ]);
});

test("a share line inside a long article removes only itself when article paragraphs follow", () => {
  const long =
    `${EN_BODY} ${"The capacity will be delivered in phases, with the first site energised next spring. ".repeat(3)}`.trimEnd();
  const page = `${long}\n\nShare this article\nFacebook\n\n${long}\n\nLeave a comment\nNice.`;
  const result = removeFurniture(page);
  assert.equal(result.text, `${long}\n\n${long}`);
  assert.deepEqual(
    result.furniture.map((block) => block.kind),
    ["share", "social", "comments"],
  );
});
