import path from "node:path";
import { firstContentfulPaint, launchChromium, STOPWATCH } from "./support/browser.mjs";
import { seedAssets } from "./support/seed-assets.mjs";
import { BENCH_DATA, startServer } from "./support/server.mjs";
import { figure, median, round } from "./support/stats.mjs";

// The two pages in Chromium with 10,000 assets in the library: the Playground's first content and
// the latency of its library picker. The Assets page's first rows, search and filter at 1k / 10k /
// 100k are bench/assets-page.mjs; the JavaScript each route transfers is bench/js-weight.mjs.

export const name = "pages";

const ASSETS = 10_000;
const RUNS = 5;
/** How long the pointer rests on "From assets" before the click, as a person's does. */
const HOVER_MS = Number(process.env.BENCH_HOVER_MS ?? 100);

/** Navigation start to the Playground's form (prompt and Generate) being on screen. */
async function playgroundFirstContent(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  await page.addInitScript(`${STOPWATCH}
    window.__ready = window.__until(() => document.querySelector("textarea#prompt") !== null &&
      [...document.querySelectorAll("button")].some((button) => button.textContent.trim() === "Generate"));`);
  await page.goto(`${url}/playground`, { waitUntil: "commit" });
  const ready = await page.evaluate(() => window.__ready);
  const paint = await firstContentfulPaint(page);
  return { context, page, ready, paint };
}

/**
 * Click on "From assets" (First frame) until "Choose from your library" shows asset cards, the
 * pointer resting HOVER_MS on the button first (the block fetches the picker's code and first
 * page while it rests, as the Assets page's group filter does; BENCH_HOVER_MS=0 clicks at once).
 */
async function pickerLatency(page) {
  await page.getByRole("tab", { name: "First-frame I2V" }).click();
  const opened = page.evaluate(() =>
    window.__until(() => {
      const dialog = document.querySelector('[role="dialog"]');
      return (
        !!dialog &&
        dialog.textContent.includes("Choose from your library") &&
        /ta_[0-9a-f]{32}/.test(dialog.textContent)
      );
    }),
  );
  // Handled here so that a failure below cannot end the whole run as an unhandled rejection.
  opened.catch(() => undefined);
  const button = page.getByRole("button", { name: "From assets" }).first();
  if (HOVER_MS > 0) {
    await button.hover();
    await page.waitForTimeout(HOVER_MS);
  }
  await button.click();
  let shownAt;
  try {
    shownAt = await opened;
  } catch (error) {
    // Say what the page showed instead, with a screenshot, rather than only that it timed out.
    const shot = path.resolve(BENCH_DATA, "pages-picker-failure.png");
    await page.screenshot({ path: shot, fullPage: true }).catch(() => undefined);
    const dialogs = await page.evaluate(() =>
      [...document.querySelectorAll('[role="dialog"]')].map((dialog) => dialog.textContent.slice(0, 300)),
    );
    throw new Error(
      `the library picker showed no cards (${error.message}); dialogs: ${JSON.stringify(dialogs)}; screenshot: ${shot}`,
    );
  }
  const { pointerup } = await page.evaluate(() => window.__input);
  return shownAt - pointerup;
}

async function playgroundFigures(browser, url) {
  // One untimed visit warms the server (route modules, caches) like the Assets benchmark does.
  await (await playgroundFirstContent(browser, url)).context.close();
  const ready = [];
  const paints = [];
  const picker = [];
  for (let run = 0; run < RUNS; run += 1) {
    const visit = await playgroundFirstContent(browser, url);
    ready.push(visit.ready);
    paints.push(visit.paint);
    picker.push(await pickerLatency(visit.page));
    await visit.context.close();
  }
  const list = (values) => values.map((value) => round(value)).join(", ");
  return [
    figure({
      benchmark: name,
      name: "/playground first content (form with Generate)",
      value: `${round(median(ready))} ms`,
      target: "< 1000 ms",
      pass: median(ready) < 1000,
      note: `median of ${RUNS}: ${list(ready)} ms; first contentful paint ${round(median(paints))} ms`,
    }),
    figure({
      benchmark: name,
      name: '/playground "From assets" → library cards shown',
      value: `${round(median(picker))} ms`,
      target: "< 200 ms",
      pass: median(picker) < 200,
      note: `median of ${RUNS} cold opens (first page of 24 from ${ASSETS.toLocaleString("en-US")}, pointer resting ${HOVER_MS} ms first): ${list(picker)} ms`,
    }),
  ];
}

export async function run() {
  // The library is written straight into the emulator's store and kept between runs.
  const server = await startServer({ label: "pages-10k", keepData: true });
  try {
    await seedAssets({ dataDir: server.dataDir, tenantId: server.tenantId, count: ASSETS });
    const figures = [];
    const browser = await launchChromium();
    try {
      figures.push(...(await playgroundFigures(browser, server.url)));
    } finally {
      await browser.close();
    }
    return figures;
  } finally {
    await server.stop();
  }
}
