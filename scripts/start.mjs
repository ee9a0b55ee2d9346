#!/usr/bin/env node
// `npm start`: serves the production build with the standalone server that `next build` leaves
// in <distDir>/standalone (the same server the Dockerfile ships). Options as `next start` takes
// them: -p/--port (or PORT, default 3000) and -H/--hostname (default every interface).
import { cpSync, existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs, parseEnv } from "node:util";

const root = process.cwd();
const distDir = process.env.NEXT_DIST_DIR || ".next";
const standalone = path.resolve(root, distDir, "standalone");
const server = path.join(standalone, "server.js");
if (!existsSync(server)) {
  console.error(`No standalone build in ${path.relative(root, standalone)}: run \`npm run build\` first.`);
  process.exit(1);
}

// The standalone server serves /_next/static from its own folder; `next build` leaves it beside.
const staticTarget = path.join(standalone, distDir, "static");
if (!existsSync(staticTarget)) cpSync(path.join(root, distDir, "static"), staticTarget, { recursive: true });

// `next start` reads these files from the project; the standalone server would look in its own
// folder. Values already in the environment win, as with Next.
for (const file of [".env.production.local", ".env.local", ".env.production", ".env"]) {
  const full = path.join(root, file);
  if (!existsSync(full)) continue;
  for (const [name, value] of Object.entries(parseEnv(readFileSync(full, "utf8")))) {
    process.env[name] ??= value;
  }
}

const { values } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
});
process.env.PORT = values.port ?? process.env.PORT ?? "3000";
// HOSTNAME is often the machine's name inherited from the shell: only the flag chooses the interface.
process.env.HOSTNAME = values.hostname ?? "0.0.0.0";
process.env.NODE_ENV = "production";
// The server changes into its own folder: a relative DATA_DIR must keep meaning the project's.
process.env.DATA_DIR = path.resolve(root, process.env.DATA_DIR || ".data");

await import(pathToFileURL(server).href);
