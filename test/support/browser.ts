import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

/** Debian's Chromium: the browser tests drive it and never download one. */
export const CHROMIUM = "/usr/bin/chromium";

/** Skips a browser test on a developer machine without Chromium; on CI its absence is a failure. */
export const browserSkip: string | false =
  !existsSync(CHROMIUM) && process.env.CI !== "true"
    ? `${CHROMIUM} is absent (CI not set): browser test skipped`
    : false;

/** Headless Chromium with the background traffic that a closed network refuses switched off. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
