#!/usr/bin/env node
// Completes the standalone server that `next build` leaves in <distDir>/standalone: it serves
// /_next/static from its own folder, which Next leaves beside it. Run by `npm run build`, and by
// `npm start` when a build was made without it (e.g. `npx next build`).
import { cpSync, existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The standalone folder of the build in `distDir`, with its static files in place. */
export function prepareStandalone(root = process.cwd(), distDir = process.env.NEXT_DIST_DIR || ".next") {
  const standalone = path.resolve(root, distDir, "standalone");
  if (!existsSync(path.join(standalone, "server.js"))) {
    throw new Error(
      `No standalone build in ${path.relative(root, standalone)}: run \`npm run build\` first.`,
    );
  }
  const target = path.join(standalone, distDir, "static");
  if (!existsSync(target)) cpSync(path.resolve(root, distDir, "static"), target, { recursive: true });
  return standalone;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    prepareStandalone();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
