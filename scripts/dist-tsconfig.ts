import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

// On every build Next adds `<distDir>/types/**/*.ts` to the `include` list of the tsconfig it is
// given, matching entries by exact string, so no glob in tsconfig.json can cover `.next-foo`.
// A build into any dist dir but `.next` (whose lines tsconfig.json already has) is therefore
// pointed at a throwaway tsconfig that only extends tsconfig.json: the aliases and compiler
// options stay the same, tsconfig.json stays untouched. It lives in node_modules/.cache, not in
// the dist dir, because Turbopack does not read files inside the dist dir.
// Types are checked by `npm run typecheck` (tsc on tsconfig.json), never by the build.

export const DEFAULT_DIST_DIR = ".next";

/** The tsconfig path (relative to the project) that Next should use for a build into `distDir`. */
export function tsconfigFor(distDir: string): string {
  if (path.normalize(distDir) === DEFAULT_DIST_DIR) return "tsconfig.json";
  const name = path.normalize(distDir).replace(/[^A-Za-z0-9_-]+/g, "_");
  const file = path.join("node_modules", ".cache", "dist-tsconfig", `${name}.json`);
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    const base = path.relative(path.dirname(file), "tsconfig.json").split(path.sep).join("/");
    writeFileSync(file, `${JSON.stringify({ extends: base }, null, 2)}\n`);
  }
  return file;
}
