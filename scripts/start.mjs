#!/usr/bin/env node
// `npm start`: serves the production build with the standalone server that `next build` leaves
// in <distDir>/standalone (the same server the Dockerfile ships). Options as `next start` takes
// them: -p/--port (or PORT, default 3000) and -H/--hostname (default every interface).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs, parseEnv } from "node:util";
import { prepareStandalone } from "./prepare-standalone.mjs";

const root = process.cwd();
let server;
try {
  server = path.join(prepareStandalone(root), "server.js");
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

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
// Idle keep-alive sockets stay open longer than clients and proxies keep theirs (Node closes them
// after 5 s), so a client never sends a request on a socket the server is closing at that moment.
process.env.KEEP_ALIVE_TIMEOUT ??= "65000";
// The server changes into its own folder: a relative DATA_DIR must keep meaning the project's.
process.env.DATA_DIR = path.resolve(root, process.env.DATA_DIR || ".data");

await import(pathToFileURL(server).href);
