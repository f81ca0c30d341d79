import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { pathToFileURL } from "node:url";
import { memoryIo } from "../src/cli/io.js";
import { program } from "../src/cli/program.js";
import { browserSkip, launchChromium } from "./support/browser.js";
import { projectRoot } from "./support/paths.js";

/**
 * Runs `report` on a repository scenario (few samples, no ledger) and opens the HTML in Debian's Chromium (never a downloaded browser): it must load
 * nothing beyond its own file, show its charts, and run no script. Saves artifacts/report.png.
 */
const skip = browserSkip;

test("the HTML report is self-contained and shows its charts in Chromium", {
  skip,
  timeout: 300_000,
}, async () => {
  const artifacts = join(projectRoot(), "artifacts");
  mkdirSync(artifacts, { recursive: true });
  const file = join(artifacts, "report.html");
  const cwd = mkdtempSync(join(tmpdir(), "report-browser-"));
  try {
    const scenario = join(projectRoot(), "scenarios", "openai-2026-revised.yaml");
    const run = memoryIo({ cwd });
    const argv = ["report", scenario, "--out", file, "--samples", "20000", "--workers", "1"];
    assert.equal(await program(argv, run.io), 0, run.stderr());
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
  const url = pathToFileURL(file).href;

  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const requests: string[] = [];
    const dialogs: string[] = [];
    page.on("request", (request) => {
      requests.push(request.url());
    });
    page.on("dialog", async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.goto(url, { waitUntil: "load" });
    assert.deepEqual(requests, [url], "no request beyond the report file itself");
    assert.deepEqual(dialogs, [], "no script ran");

    const sizes = await page.$$eval("figure svg", (svgs) =>
      svgs.map((svg) => {
        const box = svg.getBoundingClientRect();
        return { width: box.width, height: box.height };
      }),
    );
    assert.ok(sizes.length >= 4, `${sizes.length} charts`);
    assert.match((await page.locator("#answer-positive").textContent()) ?? "", /\d+%/);
    assert.match((await page.locator("#answer-funding").textContent()) ?? "", /\d+ bn \$/);
    for (const size of sizes)
      assert.ok(size.width > 0 && size.height > 0, `chart size ${size.width}×${size.height}`);
    assert.equal(await page.locator("script").count(), 0);
    assert.equal(await page.locator("img").count(), 0);

    await page.screenshot({ path: join(artifacts, "report.png"), fullPage: true });
  } finally {
    await browser.close();
  }
});
