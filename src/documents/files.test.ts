import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { chmod, mkdir, mkdtemp, open, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { collectDocumentFiles, readDocumentFile } from "./files.js";

let root = "";
const ARTICLE =
  "Titre\n\nLe chiffre d'affaires a atteint 2 milliards de dollars en 2023, selon le journal.\n";

before(async () => {
  root = await mkdtemp(join(tmpdir(), "frontier-documents-"));
  await mkdir(join(root, "corpus", "b-folder", "deeper"), { recursive: true });
  await mkdir(join(root, "corpus", ".hidden"));
  await writeFile(join(root, "corpus", "z.txt"), ARTICLE);
  await writeFile(join(root, "corpus", "a.md"), ARTICLE);
  await writeFile(join(root, "corpus", "README.md"), ARTICLE);
  await writeFile(join(root, "corpus", "notes.pdf"), "%PDF-1.7");
  await writeFile(join(root, "corpus", "b-folder", "page.HTML"), `<p>${ARTICLE}</p>`);
  await writeFile(join(root, "corpus", "b-folder", "deeper", "c.markdown"), ARTICLE);
  await writeFile(join(root, "corpus", ".hidden", "secret.txt"), ARTICLE);
  await symlink(join(root, "corpus"), join(root, "corpus", "b-folder", "loop"));
  await symlink(join(root, "corpus", "z.txt"), join(root, "corpus", "b-folder", "same.txt"));
  await symlink(join(root, "nowhere.txt"), join(root, "corpus", "b-folder", "dangling.txt"));
});

after(async () => {
  await rm(root, { recursive: true, force: true });
});

test("folders are walked in sorted order, keeping supported types once each, without notes or hidden files", async () => {
  const { files, issues } = await collectDocumentFiles([join(root, "corpus")]);
  const relative = files.map((file) => file.slice(root.length + 1));
  assert.deepEqual(relative, [
    "corpus/a.md",
    "corpus/b-folder/deeper/c.markdown",
    "corpus/b-folder/page.HTML",
    "corpus/b-folder/same.txt",
  ]);
  const codes = issues.map(
    (issue) =>
      `${issue.code} ${issue.location.kind === "file" ? issue.location.file.slice(root.length + 1) : ""}`,
  );
  assert.deepEqual(codes, ["not_found corpus/b-folder/dangling.txt", "symlink_loop corpus/b-folder/loop"]);
});

test("the same walk twice gives the same answer", async () => {
  const first = await collectDocumentFiles([join(root, "corpus")]);
  const second = await collectDocumentFiles([join(root, "corpus")]);
  assert.deepEqual(second, first);
});

test("explicit paths: unsupported types and missing paths are issues, never exceptions", async () => {
  const { files, issues } = await collectDocumentFiles([
    join(root, "corpus", "notes.pdf"),
    join(root, "missing.txt"),
    join(root, "corpus", "z.txt"),
    join(root, "corpus", ".hidden", "secret.txt"),
    join(root, "corpus", "README.md"),
  ]);
  assert.deepEqual(files, [
    join(root, "corpus", "z.txt"),
    join(root, "corpus", ".hidden", "secret.txt"),
    join(root, "corpus", "README.md"),
  ]);
  assert.deepEqual(
    issues.map((issue) => issue.code),
    ["unsupported_type", "not_found"],
  );
  assert.match(issues[1]!.message, /missing\.txt: no such file or folder$/);
});

test("a self-referencing symbolic link is a loop issue", async () => {
  const self = join(root, "self.txt");
  await symlink(self, self);
  const { files, issues } = await collectDocumentFiles([self]);
  assert.deepEqual(files, []);
  assert.equal(issues[0]?.code, "symlink_loop");
  const read = await readDocumentFile(self);
  assert.ok(!read.ok && read.error.code === "symlink_loop");
});

const isRoot = process.getuid?.() === 0;

test("permission denied is an issue", {
  skip: isRoot ? "running as root: permissions are not enforced" : false,
}, async () => {
  const locked = join(root, "locked");
  await mkdir(locked);
  await writeFile(join(locked, "x.txt"), ARTICLE);
  const unreadable = join(root, "unreadable.txt");
  await writeFile(unreadable, ARTICLE);
  await chmod(unreadable, 0o000);
  await chmod(locked, 0o000);
  try {
    const { issues } = await collectDocumentFiles([locked, unreadable]);
    assert.deepEqual(
      issues.map((issue) => issue.code),
      ["permission_denied", "permission_denied"],
    );
    const read = await readDocumentFile(unreadable);
    assert.ok(!read.ok && read.error.code === "permission_denied");
  } finally {
    await chmod(locked, 0o755);
    await chmod(unreadable, 0o644);
  }
});

test("readDocumentFile analyses a file and names it by its base name", async () => {
  const result = await readDocumentFile(join(root, "corpus", "z.txt"), { published: "2024-02" });
  assert.ok(result.ok);
  assert.equal(result.value.source, "z.txt");
  assert.equal(result.value.title, "Titre");
  assert.deepEqual([result.value.published, result.value.publishedHow], ["2024-02", "given"]);
  assert.deepEqual(result.value.raw, new TextEncoder().encode(ARTICLE));
});

test("a 1 GB file is refused from its size, without being read", async () => {
  const huge = join(root, "huge.txt");
  const handle = await open(huge, "w");
  await handle.truncate(1024 * 1024 * 1024);
  await handle.close();
  const heapBefore = process.memoryUsage().arrayBuffers;
  const result = await readDocumentFile(huge);
  // Not read: the gigabyte never reaches memory.
  assert.ok(process.memoryUsage().arrayBuffers - heapBefore < 64 * 1024 * 1024);
  assert.ok(!result.ok);
  assert.equal(result.error.code, "too_large");
  assert.match(result.error.message, /1073741824 bytes/);
  const small = await readDocumentFile(join(root, "corpus", "z.txt"), { maxBytes: 10 });
  assert.ok(!small.ok && small.error.code === "too_large");
});

test("folders, devices and pipes are not read as documents", async () => {
  const folder = await readDocumentFile(join(root, "corpus"));
  assert.ok(!folder.ok && folder.error.code === "unsupported_type");
  const pipe = join(root, "pipe.txt");
  execFileSync("mkfifo", [pipe]);
  const read = await readDocumentFile(pipe);
  assert.ok(!read.ok && read.error.code === "not_a_file");
  const collected = await collectDocumentFiles([pipe]);
  assert.equal(collected.issues[0]?.code, "not_a_file");
});

test("binary, empty and invalid UTF-8 files come back as issues", async () => {
  const cases: [string, Uint8Array, string][] = [
    ["bin.txt", Uint8Array.from([1, 2, 0, 3]), "binary_file"],
    ["empty.md", new Uint8Array(), "empty_file"],
    ["latin.html", Uint8Array.from([0x3c, 0x70, 0x3e, 0xe9, 0xe8]), "invalid_utf8"],
  ];
  for (const [name, bytes, code] of cases) {
    await writeFile(join(root, name), bytes);
    const result = await readDocumentFile(join(root, name));
    assert.ok(!result.ok);
    assert.equal(result.error.code, code);
    assert.match(result.error.message, new RegExp(`${name.replace(".", "\\.")}: `));
  }
});
