import { launchChromium } from "./support/browser.mjs";
import { SEED_GROUPS, seedAssets, seededName } from "./support/seed-assets.mjs";
import { startServer } from "./support/server.mjs";
import { figure, median, round } from "./support/stats.mjs";

// The Assets page as the library grows: 1,000, 10,000 and 100,000 assets written straight into
// the emulator's store (bench/support/seed-assets.mjs, kept under .data/bench between runs),
// then, in Chromium against the production build, the time to the first rows, a search
// (keystroke to the one matching row, debounce included) and the "Asset group" filter (choice
// to its rows, the pointer resting BENCH_HOVER_MS on the option first). Each is timed once the
// page has settled (rows' previews loaded). Medians of RUNS visits after one untimed warm-up.
//
//   npm run bench -- assets-page                (BENCH_ASSET_SIZES=1000,10000 to pick sizes)

export const name = "assets-page";

const SIZES = (process.env.BENCH_ASSET_SIZES ?? "1000,10000,100000").split(",").map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TARGETS = {
  search: { 10_000: 200, 100_000: 250 },
  groupFilter: { 10_000: 150 },
  firstRows: { 100_000: 500 },
};
/** How long a pointer rests on a group option before the click, as a person's does. */
const HOVER_MS = Number(process.env.BENCH_HOVER_MS ?? 100);
const STATUS = '[aria-labelledby="assets-heading"] nav [role="status"]';
const ROWS = '[aria-labelledby="assets-heading"] tbody';

/**
 * In the page: `__watch(check)` resolves with performance.now() when `check()` first holds
 * (null after 30 s, so a run that never settles is reported instead of hanging); the first row
 * is watched from the document's first byte, and the last input and pointerup are noted.
 */
const WATCH = `
  window.__watch = (check) => new Promise((resolve) => {
    const test = () => { if (check()) { observer.disconnect(); resolve(performance.now()); return true; } return false; };
    const observer = new MutationObserver(test);
    setTimeout(() => { observer.disconnect(); resolve(null); }, 30000);
    if (!test()) observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  window.__marks = {};
  window.__firstRow = window.__watch(() => document.querySelector('[aria-label^="Copy asset ID"]') !== null);
  document.addEventListener("input", () => { window.__marks.input = performance.now(); }, true);
  document.addEventListener("pointerup", () => { window.__marks.pointerup = performance.now(); }, true);
`;

/** The page's last /api/assets request whose URL contains `part` (resource timing), or null. */
const requestTimes = (page, part) =>
  page.evaluate((text) => {
    const entry = performance
      .getEntriesByType("resource")
      .findLast((item) => item.name.includes("/api/assets?") && item.name.includes(text));
    return entry ? { startTime: entry.startTime, responseEnd: entry.responseEnd } : null;
  }, part);

/**
 * Until the previews in and near the viewport have loaded (lazy ones further down never do): a
 * search typed meanwhile would queue behind them.
 */
async function previewsLoaded(page, rows) {
  await page.waitForFunction(
    (selector) =>
      [...document.querySelectorAll(`${selector} img`)]
        .filter((image) => image.getBoundingClientRect().top < window.innerHeight + 1250)
        .every((image) => image.complete),
    rows,
  );
  await page.waitForTimeout(200);
}

async function visit(browser, url, total, groupName) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  await page.addInitScript(WATCH);
  try {
    // 1. First rows: navigation start to the first Asset ID on screen.
    await page.goto(`${url}/assets`, { waitUntil: "commit" });
    const firstRows = await page.evaluate(() => window.__firstRow);
    const totalText = `of ${total.toLocaleString("en-US")}`;
    await page.waitForFunction(
      ([selector, text]) => (document.querySelector(selector)?.textContent ?? "").endsWith(text),
      [STATUS, totalText],
    );

    await previewsLoaded(page, ROWS);

    // 2. Search: the keystroke (debounce included) to the one match on screen.
    const wanted = seededName(1 + Math.floor(Math.random() * total));
    const searched = page.evaluate(
      ([status, rows, text]) =>
        window.__watch(
          () =>
            (document.querySelector(status)?.textContent ?? "") === "Showing 1–1 of 1" &&
            (document.querySelector(rows)?.textContent ?? "").includes(text),
        ),
      [STATUS, ROWS, wanted],
    );
    await page.getByRole("searchbox", { name: /Search assets/ }).fill(wanted);
    const searchAt = await searched;
    const { input } = await page.evaluate(() => window.__marks);
    const searchRequest = await requestTimes(page, `keyword=${wanted}`);
    await page.getByRole("button", { name: "Clear search" }).click();
    await page.waitForFunction(
      ([selector, text]) => (document.querySelector(selector)?.textContent ?? "").endsWith(text),
      [STATUS, totalText],
    );
    await previewsLoaded(page, ROWS);

    // 3. "Asset group": choosing the group to its rows being counted (every other asset); the
    // pointer rests on the option first, as a person's does, then clicks.
    const half = `of ${Math.ceil(total / 2).toLocaleString("en-US")}`;
    const otherHalf = `of ${Math.floor(total / 2).toLocaleString("en-US")}`;
    await page.getByRole("combobox", { name: "Asset group" }).click();
    const option = page.getByRole("option", { name: groupName });
    await option.waitFor();
    const filtered = page.evaluate(
      ([selector, a, b]) =>
        window.__watch(() => {
          const text = document.querySelector(selector)?.textContent ?? "";
          return text.endsWith(a) || text.endsWith(b);
        }),
      [STATUS, half, otherHalf],
    );
    await option.hover();
    await page.waitForTimeout(HOVER_MS);
    await option.click();
    const groupAt = await filtered;
    const { pointerup } = await page.evaluate(() => window.__marks);
    const groupRequest = await requestTimes(page, "groupId=");
    const since = (end, start) => (end === null || start === undefined ? null : end - start);
    // Where the time goes: input to the request, the request itself, its answer to the rows.
    // An answer already in before the input (prefetched) counts its rows from the input.
    const split = (start, request, end) =>
      request && end !== null
        ? [
            request.startTime - start,
            request.responseEnd - request.startTime,
            end - Math.max(start, request.responseEnd),
          ]
        : null;
    const { ttfb, paint } = await page.evaluate(() => ({
      ttfb: performance.getEntriesByType("navigation")[0]?.responseStart ?? null,
      paint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null,
    }));
    return {
      firstRows,
      firstRowsSplit: ttfb === null || paint === null ? null : [ttfb, paint],
      search: since(searchAt, input),
      searchSplit: split(input, searchRequest, searchAt),
      groupFilter: since(groupAt, pointerup),
      groupFilterSplit: split(pointerup, groupRequest, groupAt),
    };
  } finally {
    await context.close();
  }
}

/** The BFF's own answer time for the three reads the page makes (median of 9). */
async function apiTimes(url, groupId) {
  const time = async (path) => {
    const values = [];
    for (let i = 0; i < 9; i += 1) {
      const started = performance.now();
      const response = await fetch(`${url}${path}`);
      await response.arrayBuffer();
      values.push(performance.now() - started);
    }
    return round(median(values));
  };
  return {
    firstPage: await time("/api/assets?page=1&pageSize=50"),
    search: await time(`/api/assets?page=1&pageSize=50&keyword=${seededName(4321)}`),
    group: await time(`/api/assets?page=1&pageSize=50&groupId=${groupId}`),
  };
}

async function measureSize(browser, size) {
  const label = size >= 1000 ? `${size / 1000}k` : String(size);
  const server = await startServer({ label: `assets-${label}`, keepData: true });
  try {
    const seed = await seedAssets({ dataDir: server.dataDir, tenantId: server.tenantId, count: size });
    await visit(browser, server.url, size, SEED_GROUPS[1]);
    const runs = [];
    for (let run = 0; run < RUNS; run += 1) {
      runs.push(await visit(browser, server.url, size, SEED_GROUPS[run % 2]));
    }
    return { size, label, seed, runs, api: await apiTimes(server.url, seed.groups[0].groupId) };
  } finally {
    await server.stop();
  }
}

/** Medians of the three parts, when the browser saw the request (a cached answer has none). */
function splitNote(runs, key) {
  const splits = runs.map((entry) => entry[key]).filter(Boolean);
  if (splits.length === 0) return "";
  const part = (index) => round(median(splits.map((split) => split[index])));
  if (key === "firstRowsSplit") return `first byte ${part(0)} ms, first contentful paint ${part(1)} ms`;
  // A request made before the input (prefetched on hover) shows as a negative "to request".
  return `input to request ${part(0)} ms, request ${part(1)} ms, answer to rows ${part(2)} ms`;
}

function figuresFor({ size, seed, runs, api }) {
  const count = size.toLocaleString("en-US");
  const seeded = seed.added ? `seeded ${seed.added} rows in ${seed.seconds} s` : "seed reused";
  const row = (key, title, apiMs) => {
    const values = runs.map((entry) => entry[key]).filter((value) => value !== null);
    const value = median(values);
    const target = TARGETS[key][size];
    const unsettled = runs.length - values.length;
    return figure({
      benchmark: name,
      name: `/assets ${title} (${count} assets)`,
      value: `${round(value)} ms`,
      target: target ? `≤ ${target} ms` : "",
      pass: target ? unsettled === 0 && value <= target : null,
      note: [
        `median of ${runs.length}: ${values.map((entry) => round(entry)).join(", ")} ms`,
        unsettled ? `${unsettled} never settled` : "",
        splitNote(runs, `${key}Split`),
        apiMs === undefined ? "" : `GET /api/assets alone ${apiMs} ms`,
        key === "firstRows" ? seeded : "",
      ]
        .filter(Boolean)
        .join("; "),
    });
  };
  return [
    row("firstRows", "first rows", api.firstPage),
    row("search", "search, keystroke to the match", api.search),
    row("groupFilter", '"Asset group" filter, choice to rows', api.group),
  ];
}

export async function run() {
  const browser = await launchChromium();
  try {
    const figures = [];
    for (const size of SIZES) figures.push(...figuresFor(await measureSize(browser, size)));
    return figures;
  } finally {
    await browser.close();
  }
}
