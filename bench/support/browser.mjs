import { chromium } from "playwright-core";

// The system Chromium with the flags the e2e suite uses, and an in-page stopwatch: a
// MutationObserver reports when a condition first holds, in the page's own clock
// (performance.now, 0 = navigation start), next to the time of the last user input. It gives
// up after 30 s so a selector that never matches fails the run instead of hanging it.

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export const launchChromium = () =>
  chromium.launch({ executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium", args: CHROMIUM_ARGS });

export const STOPWATCH = `
  window.__until = (check, timeoutMs = 30000) => new Promise((resolve, reject) => {
    const timer = setTimeout(() => { observer.disconnect(); reject(new Error("condition not met in " + timeoutMs + " ms")); }, timeoutMs);
    const test = () => { if (check()) { clearTimeout(timer); observer.disconnect(); resolve(performance.now()); return true; } return false; };
    const observer = new MutationObserver(test);
    if (!test()) observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  window.__input = {};
  for (const type of ["pointerup", "keyup", "input"]) {
    document.addEventListener(type, () => { window.__input[type] = performance.now(); }, true);
  }
`;

/** First contentful paint of the current page, in ms from navigation start (null if none in 5 s). */
export async function firstContentfulPaint(page) {
  const paint = () => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null;
  await page.waitForFunction(paint, null, { timeout: 5000 }).catch(() => undefined);
  return page.evaluate(paint);
}
