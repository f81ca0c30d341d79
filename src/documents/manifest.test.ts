import assert from "node:assert/strict";
import { test } from "node:test";
import { manifestEntryFor, parseManifest } from "./manifest.js";

test("a JSON manifest gives dates, sources, outlets and titles by file name", () => {
  const parsed = parseManifest(
    JSON.stringify({
      documents: [
        { file: "reports/a.txt", published: "2026-02-21", source: "https://example.org/a", outlet: "Gate" },
        { file: "b.md", published: "2024-02", title: "Revenue at 2 bn $", established: "FT story cited" },
      ],
    }),
    "m.json",
  );
  assert.ok(parsed.ok);
  assert.equal(manifestEntryFor(parsed.value, "/data/in/a.txt")?.outlet, "Gate");
  assert.equal(manifestEntryFor(parsed.value, "b.md")?.established, "FT story cited");
  assert.equal(manifestEntryFor(parsed.value, "c.txt"), undefined);
});

test("a CSV manifest reads its header row", () => {
  const parsed = parseManifest(
    'file,published,source,outlet,title\na.txt,2025-10,https://example.org/a,"Les Echos, Paris",Un titre\n',
    "m.csv",
  );
  assert.ok(parsed.ok);
  assert.deepEqual(manifestEntryFor(parsed.value, "a.txt"), {
    file: "a.txt",
    published: "2025-10",
    source: "https://example.org/a",
    outlet: "Les Echos, Paris",
    title: "Un titre",
  });
});

test("a bad manifest is named with its entry and field", () => {
  const badDate = parseManifest('[{"file": "a.txt", "published": "21/02/2026"}]', "m.json");
  assert.deepEqual(badDate, {
    ok: false,
    error:
      "m.json: entry 1 (a.txt): field 'published' is '21/02/2026', not a date YYYY, YYYY-MM or YYYY-MM-DD",
  });
  const noFile = parseManifest('[{"published": "2026"}]', "m.json");
  assert.equal(noFile.ok ? "" : noFile.error, "m.json: entry 1: field 'file' is missing");
  const twice = parseManifest('[{"file": "x/a.txt"}, {"file": "a.txt"}]', "m.json");
  assert.equal(twice.ok ? "" : twice.error, "m.json: entry 2: file 'a.txt' is listed twice");
  const broken = parseManifest("{", "m.json");
  assert.match(broken.ok ? "" : broken.error, /^m\.json: cannot be read as JSON/);
});
