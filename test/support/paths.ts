import { existsSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../../src/server/web-assets.js";

/** The project root, whether a test runs from src/ (tsx) or from dist/ (compiled). */
export function projectRoot(): string {
  return packageRoot();
}

/** The shared seed reports, or null when they are not beside the project (tests then skip). */
export function seedsDir(): string | null {
  const dir = join(projectRoot(), "..", "shared", "seeds");
  return existsSync(dir) ? dir : null;
}

export const SEEDS_MISSING = "../shared/seeds is not present beside the project: seed tests skipped";

export function fixturePath(...parts: string[]): string {
  return join(projectRoot(), "test", "fixtures", ...parts);
}
