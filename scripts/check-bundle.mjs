#!/usr/bin/env node
// The JavaScript a browser downloads on a cold visit of each page, gzip-compressed as the server
// sends it, against a budget per route. Run after `next build` (npm test runs it after the e2e
// build); it fails when any page passes its budget, naming the largest chunks to look at, and
// when zod reaches a cold visit again (the browser reads its own API's answers without it; a
// schema for a form belongs in the chunk of the dialog that uses it).
//
// What a cold visit downloads: the root main files of the build manifest (the Turbopack runtime,
// React, the Next.js client) and every chunk the page's client reference manifest lists for its
// segments (root layout, not-found boundary, group layouts, the page). The polyfill file is left
// out: it is a `nomodule` script that no current browser fetches. Chunks loaded on demand (a
// dialog or picker behind next/dynamic) are not part of a cold visit and are not counted.
// bench/pages.mjs measures the same routes in Chromium (encoded bytes of every script response)
// and prints this script's figure beside the browser's, so the two can be compared.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { gzipSync } from "node:zlib";

/** Gzip budget per route in bytes; every page not named here gets the default (the target). */
export const DEFAULT_BUDGET = 180 * 1024;
// The two console pages are still over the 180 KB target here (docs/BENCHMARKS.md says where the
// rest goes; Chromium, which does not fetch the not-found boundary this script counts, downloads
// less): their budgets hold today's figures (2026-12-02 15:47: 180.6 and 187.4 KB) with a little
// room, so they can only shrink. Lower them as the pages get lighter; never raise them to fit a
// change.
const BUDGETS = { "/assets": 184 * 1024, "/playground": 190 * 1024 };

/** zod's core type name, kept by the minifier: present in a chunk means zod is in that chunk. */
const ZOD_MARK = '"$ZodType"';

/** Next's built-in pages: the error page is only seen when rendering fails. */
const INTERNAL_PAGES = new Set(["/_global-error"]);

/** Every page route of the build, with the client reference manifest that lists its chunks. */
function pageRoutes(distDir) {
  const routes = JSON.parse(readFileSync(path.join(distDir, "app-path-routes-manifest.json"), "utf8"));
  return Object.entries(routes)
    .filter(([entry, route]) => entry.endsWith("/page") && !INTERNAL_PAGES.has(route))
    .map(([entry, route]) => ({
      route,
      manifest: path.join(distDir, "server", "app", `${entry}_client-reference-manifest.js`),
    }));
}

/** The chunk files the manifest lists for every segment of the page (layouts, boundaries, page). */
function segmentChunks(manifestFile) {
  // The manifest is a script that assigns globalThis.__RSC_MANIFEST[page] = {...}; run it alone.
  const sandbox = { self: {} };
  sandbox.globalThis = sandbox;
  vm.runInNewContext(readFileSync(manifestFile, "utf8"), sandbox);
  const files = new Set();
  for (const manifest of Object.values(sandbox.__RSC_MANIFEST ?? {})) {
    for (const chunks of Object.values(manifest.entryJSFiles ?? {})) {
      for (const chunk of chunks) files.add(chunk);
    }
  }
  return files;
}

/** Gzip size of a file as the server sends it (zlib's default level, as Next's compression uses). */
function gzipBytes(file, cache) {
  if (!cache.has(file)) cache.set(file, gzipSync(readFileSync(file)).length);
  return cache.get(file);
}

const hasZod = (file, cache) => {
  const key = `zod:${file}`;
  if (!cache.has(key)) cache.set(key, readFileSync(file, "utf8").includes(ZOD_MARK));
  return cache.get(key);
};

/**
 * Per route: the gzip bytes of every script of a cold visit, the budget, the chunks (largest
 * first) and those that hold zod; `pass` when within budget and free of zod.
 */
export function measureRoutes(distDir = process.env.NEXT_DIST_DIR || ".next") {
  const dist = path.resolve(distDir);
  if (!existsSync(path.join(dist, "build-manifest.json"))) {
    throw new Error(`No build in ${distDir}: run \`next build\` first.`);
  }
  const build = JSON.parse(readFileSync(path.join(dist, "build-manifest.json"), "utf8"));
  const polyfills = new Set(build.polyfillFiles ?? []);
  const rootFiles = (build.rootMainFiles ?? []).filter((file) => !polyfills.has(file));
  const cache = new Map();
  return pageRoutes(dist).map(({ route, manifest }) => {
    const files = new Set([...rootFiles, ...segmentChunks(manifest)]);
    const chunks = [...files]
      .filter((file) => file.endsWith(".js") && !polyfills.has(file))
      .map((file) => ({
        file,
        bytes: gzipBytes(path.join(dist, file), cache),
        zod: hasZod(path.join(dist, file), cache),
      }))
      .sort((a, b) => b.bytes - a.bytes);
    const bytes = chunks.reduce((sum, chunk) => sum + chunk.bytes, 0);
    const budget = BUDGETS[route] ?? DEFAULT_BUDGET;
    const zod = chunks.filter((chunk) => chunk.zod).map((chunk) => chunk.file);
    return { route, bytes, budget, pass: bytes <= budget && zod.length === 0, zod, chunks };
  });
}

/** The chunks of the build's static folder no route loads up front (loaded when a component opens). */
export function onDemandChunks(distDir, measured) {
  const loaded = new Set(measured.flatMap((route) => route.chunks.map((chunk) => chunk.file)));
  const folder = path.join(path.resolve(distDir), "static", "chunks");
  return readdirSync(folder)
    .map((name) => `static/chunks/${name}`)
    .filter((file) => file.endsWith(".js") && !loaded.has(file));
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function main() {
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  const measured = measureRoutes(distDir);
  if (measured.length === 0) throw new Error(`No page routes found in ${distDir}.`);
  const width = Math.max(...measured.map((entry) => entry.route.length));
  for (const entry of measured) {
    const verdict = entry.pass ? "ok  " : entry.bytes > entry.budget ? "OVER" : "ZOD ";
    console.log(
      `${verdict} ${entry.route.padEnd(width)}  ${kb(entry.bytes).padStart(9)} of ${kb(entry.budget)} gzip, ${entry.chunks.length} scripts`,
    );
  }
  const lazy = onDemandChunks(distDir, measured).length;
  console.log(`(${lazy} more chunks are loaded on demand, when a dialog or picker opens)`);
  const over = measured.filter((entry) => !entry.pass);
  for (const entry of over) {
    if (entry.zod.length > 0) {
      console.error(
        `\n${entry.route} loads zod on a cold visit (${entry.zod.join(", ")}). Read answers with lib/client/answer, take constants from the *-values files, and load a form's schema with its dialog.`,
      );
    }
    if (entry.bytes <= entry.budget) continue;
    const largest = entry.chunks.slice(0, 5).map((chunk) => `${chunk.file} ${kb(chunk.bytes)}`);
    console.error(
      `\n${entry.route} passes its JavaScript budget by ${kb(entry.bytes - entry.budget)}. Largest chunks:\n  ${largest.join("\n  ")}`,
    );
  }
  if (over.length > 0) process.exit(1);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
