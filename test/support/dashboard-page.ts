import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { projectRoot } from "./paths.js";

/** A dashboard tab that records every console error, failed response, page error and foreign request. */
export interface WatchedPage {
  page: Page;
  problems: string[];
  foreign: string[];
}

export async function openWatched(
  browser: Browser,
  origin: string,
  viewport = { width: 1400, height: 1000 },
): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const watched: WatchedPage = { page, problems: [], foreign: [] };
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith("blob:") && !url.startsWith("data:"))
      watched.foreign.push(url);
  });
  page.on("console", (message) => {
    // A failed request is recorded with its URL by the response handler below.
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource"))
      watched.problems.push(message.text());
  });
  page.on("response", (response) => {
    if (response.status() >= 400) watched.problems.push(`${response.status()} ${response.url()}`);
  });
  page.on("pageerror", (error) => {
    watched.problems.push(error.message);
  });
  return watched;
}

/** Goes to an app URL and waits until the page has drawn. */
export async function visit(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: "load" });
  await waitReady(page);
}

export async function waitReady(page: Page): Promise<void> {
  await page.locator("body[data-ready='true']").waitFor({ timeout: 30_000 });
}

const axeSource = () => readFileSync(join(projectRoot(), "node_modules", "axe-core", "axe.min.js"), "utf8");

/**
 * Runs axe-core in the page (evaluated through the driver, so the page's CSP stays as served) and
 * returns the serious and critical violations as "rule: target" lines.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource());
  const violations = (await page.evaluate(
    "axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => String(n.target)) })))",
  )) as { id: string; impact: string | null; targets: string[] }[];
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.targets.join(", ")}`);
}

/** Saves a screenshot in artifacts/ and checks the page: no serious accessibility violation. */
export async function checkAndShoot(page: Page, name: string): Promise<void> {
  assert.deepEqual(await seriousViolations(page), [], `${name}: no serious or critical axe violation`);
  await page.screenshot({ path: join(projectRoot(), "artifacts", name), fullPage: true });
}

/** Width the page overflows its viewport by (0 when nothing sticks out sideways). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(
    "Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - document.documentElement.clientWidth",
  ) as Promise<number>;
}
