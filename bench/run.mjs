import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { ensureBuild } from "./support/build.mjs";
import { machine } from "./support/machine.mjs";
import { printTable } from "./support/table.mjs";
import * as archiveCopy from "./archive-copy.mjs";
import * as assetsPage from "./assets-page.mjs";
import * as bffOverhead from "./bff-overhead.mjs";
import * as jsWeight from "./js-weight.mjs";
import * as liveStatus from "./live-status.mjs";
import * as pages from "./pages.mjs";
import * as remoteUpstream from "./remote-upstream.mjs";
import * as renderTime from "./render-time.mjs";
import * as uploadMemory from "./upload-memory.mjs";
import * as videoStreaming from "./video-streaming.mjs";

// npm run bench [-- name ...]: builds into .next-bench when needed, runs each benchmark on its
// own server, prints figures beside their targets and writes bench/results/latest.json.

const ALL = [
  bffOverhead,
  remoteUpstream,
  uploadMemory,
  videoStreaming,
  pages,
  jsWeight,
  assetsPage,
  renderTime,
  liveStatus,
  archiveCopy,
];
const wanted = process.argv.slice(2);
const selected = wanted.length ? ALL.filter((bench) => wanted.includes(bench.name)) : ALL;
if (selected.length === 0) {
  console.error(`Unknown benchmark. Choose from: ${ALL.map((bench) => bench.name).join(", ")}`);
  process.exit(2);
}

const started = new Date();
const build = await ensureBuild();
const figures = [];
const timings = [];
// The machine may be shared: the load average beside each benchmark tells how quiet it was.
const load = () => os.loadavg()[0].toFixed(2);
for (const bench of selected) {
  const loadBefore = load();
  console.log(`\n▶ ${bench.name} (load average ${loadBefore})`);
  const t0 = performance.now();
  try {
    const results = await bench.run();
    figures.push(...results);
    for (const result of results) console.log(`  ${result.name}: ${result.value}`);
  } catch (error) {
    // One broken benchmark must not hide the others' figures.
    console.error(`  ${bench.name} failed:`, error);
    figures.push({
      benchmark: bench.name,
      name: "(did not run)",
      value: "error",
      unit: "",
      target: "",
      pass: false,
      note: String(error?.message ?? error).slice(0, 300),
    });
  }
  const seconds = Math.round((performance.now() - t0) / 1000);
  timings.push({
    benchmark: bench.name,
    seconds,
    loadAverageBefore: Number(loadBefore),
    loadAverageAfter: Number(load()),
  });
  console.log(`  (${seconds} s, load average ${load()})`);
}

printTable(figures);
const results = { startedAt: started.toISOString(), machine: await machine(), build, timings, figures };
const out = path.resolve("bench", "results", "latest.json");
await mkdir(path.dirname(out), { recursive: true });
await writeFile(out, `${JSON.stringify(results, null, 2)}${os.EOL}`);
console.log(`\nWrote ${path.relative(process.cwd(), out)}`);
