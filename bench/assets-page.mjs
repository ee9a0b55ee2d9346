// Assets page at scale: seeds 10,000 assets into a running Portrait Studio (embedded emulator),
// then measures in Chromium how long /assets takes to show its first rows and how long a search
// and the "Asset group" filter take to show their results. Prints JSON (medians of several runs).
//
//   node bench/assets-page.mjs [baseUrl]        (or BENCH_URL; default http://127.0.0.1:3000)
//   BENCH_ASSETS=10000 BENCH_RUNS=5 BENCH_CONCURRENCY=8
//
// Seeding goes straight to the emulator's HTTP API with the app's own emulator key, so the
// assets land in the tenant the app reads. It is idempotent: re-runs top up to BENCH_ASSETS.

import { chromium } from "playwright-core";
import sharp from "sharp";

const BASE = (process.argv[2] ?? process.env.BENCH_URL ?? "http://127.0.0.1:3000").replace(/\/$/, "");
const TARGET = Number(process.env.BENCH_ASSETS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const KEY = process.env.EMULATOR_API_KEY ?? "sk-portrait-studio-local-emulator";
const GROUPS = ["Bench A", "Bench B"];
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-gpu",
];

const api = async (path, init = {}) => {
  const response = await fetch(`${BASE}/emulator/v1${path}`, {
    ...init,
    headers: { authorization: `Bearer ${KEY}`, ...init.headers },
  });
  const body = await response.json().catch(() => null);
  if (!response.ok || (body && body.code !== undefined && body.code !== 0)) {
    throw new Error(
      `${init.method ?? "GET"} ${path}: ${response.status} ${JSON.stringify(body)?.slice(0, 300)}`,
    );
  }
  return body?.data;
};

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const round = (value) => Math.round(value * 10) / 10;
const stats = (values) => ({
  median: round(median(values)),
  min: round(Math.min(...values)),
  max: round(Math.max(...values)),
  runs: values.map(round),
});

async function ensureGroup(name) {
  const found = await api(`/asset-groups?keyword=${encodeURIComponent(name)}&size=100`);
  const existing = found.list.find((group) => group.name === name);
  if (existing) return existing.assetGroupId ?? existing.groupId;
  const created = await api("/asset-groups", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name, groupKind: "VIRTUAL_PORTRAIT" }),
  });
  return created.assetGroupId ?? created.groupId;
}

async function seed() {
  const groupIds = await Promise.all(GROUPS.map(ensureGroup));
  const existing = (await api("/assets?size=1")).total;
  const missing = Math.max(0, TARGET - existing);
  if (missing === 0) return { groupIds, seeded: 0, existing, seconds: 0 };
  // A tiny valid portrait: 400×400 passes every limit and keeps 10,000 uploads quick.
  const png = await sharp({ create: { width: 400, height: 400, channels: 3, background: "#7a5af8" } })
    .png({ compressionLevel: 9 })
    .toBuffer();
  const started = performance.now();
  let next = existing;
  let done = 0;
  const worker = async () => {
    while (next < TARGET) {
      const index = (next += 1);
      const form = new FormData();
      form.append("groupId", groupIds[index % 2]);
      form.append("name", `bench-${String(index).padStart(5, "0")}`);
      form.append("file", new Blob([png], { type: "image/png" }), `bench-${index}.png`);
      await api("/assets", { method: "POST", body: form });
      done += 1;
      if (done % 1000 === 0) process.stderr.write(`seeded ${done}/${missing}\n`);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { groupIds, seeded: done, existing, seconds: round((performance.now() - started) / 1000) };
}

/**
 * In the page: the time (performance.now) when `check()` first holds, watched by a MutationObserver;
 * null after 30 s, so a run that never settles is reported instead of hanging the benchmark.
 */
const WATCH = `
  window.__watch = (check) => new Promise((resolve) => {
    const test = () => { if (check()) { observer.disconnect(); resolve(performance.now()); return true; } return false; };
    const observer = new MutationObserver(test);
    setTimeout(() => { observer.disconnect(); resolve(null); }, 30000);
    if (!test()) observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  window.__marks = {};
  // Watched from the first byte of the document, so a fast first paint is not missed.
  window.__firstRow = window.__watch(() => document.querySelector('[aria-label^="Copy asset ID"]') !== null);
  document.addEventListener("input", () => { window.__marks.input = performance.now(); }, true);
  document.addEventListener("pointerup", () => { window.__marks.pointerup = performance.now(); }, true);
`;

async function measureOnce(browser, groupName, total) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  await page.addInitScript(WATCH);

  // 1. First rows: from navigation start until the first Asset ID is on screen.
  await page.goto(`${BASE}/assets`, { waitUntil: "commit" });
  const firstRowAt = await page.evaluate(() => window.__firstRow);
  const totalText = `of ${total.toLocaleString("en-US")}`;
  await page.waitForFunction((text) => document.body.innerText.includes(text), totalText);

  // 2. Search: from the keystroke (the debounce included) until the one match is shown.
  const wanted = `bench-${String(1 + Math.floor(Math.random() * (total - 1))).padStart(5, "0")}`;
  const searchDone = page.evaluate(
    ([name, status]) =>
      window.__watch(
        () =>
          (document.querySelector('[aria-labelledby="assets-heading"] nav [role="status"]')?.textContent ??
            "") === status &&
          document.querySelector('[aria-labelledby="assets-heading"] tbody')?.textContent?.includes(name),
      ),
    [wanted, "Showing 1–1 of 1"],
  );
  await page.getByRole("searchbox", { name: /Search assets/ }).fill(wanted);
  const searchAt = await searchDone;
  const { input } = await page.evaluate(() => window.__marks);
  const searchRequest = await page.evaluate(
    (name) =>
      performance.getEntriesByType("resource").find((entry) => entry.name.includes(`keyword=${name}`))
        ?.startTime ?? null,
    wanted,
  );
  await page.getByRole("button", { name: "Clear search" }).click();
  await page.waitForFunction((text) => document.body.innerText.includes(text), totalText);

  // 3. "Asset group" filter: from choosing the group until its rows are counted.
  const half = Math.floor(total / 2).toLocaleString("en-US");
  await page.getByRole("combobox", { name: "Asset group" }).click();
  const groupDone = page.evaluate(
    (status) =>
      window.__watch(() =>
        (
          document.querySelector('[aria-labelledby="assets-heading"] nav [role="status"]')?.textContent ?? ""
        ).endsWith(status),
      ),
    `of ${half}`,
  );
  await page.getByRole("option", { name: groupName }).click();
  const groupAt = await groupDone;
  const { pointerup } = await page.evaluate(() => window.__marks);
  const groupRequest = await page.evaluate(
    () =>
      performance
        .getEntriesByType("resource")
        .findLast((entry) => entry.name.includes("/api/assets?") && entry.name.includes("groupId="))
        ?.startTime ?? null,
  );
  const ttfb = await page.evaluate(
    () => performance.getEntriesByType("navigation")[0]?.responseStart ?? null,
  );
  await context.close();
  const since = (end, start) => (end === null || start === undefined || start === null ? null : end - start);
  return {
    firstRows: firstRowAt,
    search: since(searchAt, input),
    searchAfterDebounce: since(searchAt, searchRequest),
    groupFilter: since(groupAt, pointerup),
    groupFilterAfterRequest: since(groupAt, groupRequest),
    serverResponseStart: ttfb,
  };
}

async function apiLatency(path, runs = 9) {
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    const response = await fetch(`${BASE}${path}`);
    await response.arrayBuffer();
    times.push(performance.now() - started);
  }
  return stats(times);
}

const seeding = await seed();
const total = (await api("/assets?size=1")).total;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: CHROMIUM_ARGS,
});
// One warm-up visit (server caches, JIT) that is not counted.
await measureOnce(browser, GROUPS[1], total);
const results = [];
for (let run = 0; run < RUNS; run += 1) results.push(await measureOnce(browser, GROUPS[run % 2], total));
await browser.close();

const pick = (key) => {
  const values = results.map((result) => result[key]);
  const settled = values.filter((value) => value !== null);
  return { ...stats(settled), unsettled: values.length - settled.length };
};
const report = {
  url: BASE,
  assets: total,
  seeding,
  runs: RUNS,
  ms: {
    firstRows: pick("firstRows"),
    search: pick("search"),
    searchAfterDebounce: pick("searchAfterDebounce"),
    groupFilter: pick("groupFilter"),
    groupFilterAfterRequest: pick("groupFilterAfterRequest"),
    serverResponseStart: pick("serverResponseStart"),
  },
  api: {
    firstPage: await apiLatency("/api/assets?page=1&pageSize=50"),
    search: await apiLatency("/api/assets?page=1&pageSize=50&keyword=bench-04321"),
    groupFilter: await apiLatency(`/api/assets?page=1&pageSize=50&groupId=${seeding.groupIds[0]}`),
  },
  targets: { firstRowsMs: 1000, filteredMs: 200 },
};
report.pass = {
  firstRows: report.ms.firstRows.median < 1000,
  search: report.ms.search.median < 200,
  groupFilter: report.ms.groupFilter.median < 200,
};
console.log(JSON.stringify(report, null, 2));
