#!/usr/bin/env node
// Fails when package-lock.json lacks an optional dependency of any locked package: npm drops
// other platforms' binaries (@next/swc-*, @img/sharp-*, ...) when it rewrites a lockfile from an
// existing node_modules, and `npm ci` then refuses the lockfile on those platforms.
import { readFileSync } from "node:fs";

const lock = JSON.parse(readFileSync(new URL("../package-lock.json", import.meta.url), "utf8"));
const packages = lock.packages ?? {};

/** Where npm would resolve `name` from the package at `location`: nearest node_modules upwards. */
function resolves(location, name) {
  let base = location;
  for (;;) {
    if (`${base ? `${base}/` : ""}node_modules/${name}` in packages) return true;
    if (!base) return false;
    const cut = base.lastIndexOf("node_modules/");
    base = cut <= 0 ? "" : base.slice(0, cut - 1);
  }
}

const missing = [];
for (const [location, entry] of Object.entries(packages)) {
  for (const name of Object.keys(entry.optionalDependencies ?? {})) {
    if (!resolves(location, name))
      missing.push(`${name} (optional dependency of ${location || "the project"})`);
  }
}

if (missing.length > 0) {
  console.error(`package-lock.json lacks ${missing.length} optional package(s):\n  ${missing.join("\n  ")}`);
  console.error("Regenerate it from scratch: rm -rf node_modules package-lock.json && npm install");
  process.exit(1);
}
console.log(`package-lock.json lists every optional package (${Object.keys(packages).length} entries).`);
