import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The project root, whether a test runs from src/ (tsx) or from dist/ (compiled). */
export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json")) || dir.endsWith("dist")) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("package.json not found above the test");
    dir = parent;
  }
  return dir;
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
