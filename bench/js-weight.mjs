import { measureRoutes } from "../scripts/check-bundle.mjs";
import { launchChromium } from "./support/browser.mjs";
import { DIST_DIR } from "./support/build.mjs";
import { startServer } from "./support/server.mjs";
import { figure, round } from "./support/stats.mjs";

// The JavaScript each page route makes a browser download on a cold visit: the encoded bytes
// (gzip, as served) of every script response Chromium sees until the network is idle, in a fresh
// context each time. Beside it, the figure of scripts/check-bundle.mjs (the check `npm test`
// runs over the build output), so the two are seen to agree. /login is visited on a second
// server with a password set, since without one it sends the visitor straight on.

export const name = "js-weight";

const PASSWORD = "bench-password-1234";

/** The address that shows each page of the build: its route, or an unknown path for not-found. */
const visitPath = (route) => (route === "/_not-found" ? "/no-such-page" : route);

/** Encoded bytes of every script a fresh visit downloads, and the encodings seen. */
async function scriptBytes(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const scripts = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") scripts.push(response);
  });
  await page.goto(url, { waitUntil: "networkidle" });
  const landed = new URL(page.url()).pathname;
  let bytes = 0;
  const encodings = new Set();
  for (const response of scripts) {
    bytes += (await response.request().sizes()).responseBodySize;
    encodings.add((await response.headerValue("content-encoding")) ?? "identity");
  }
  await context.close();
  return { bytes, files: scripts.length, encodings: [...encodings].join("+"), landed };
}

export async function run() {
  const measured = measureRoutes(DIST_DIR);
  const open = await startServer({ label: "js-weight" });
  const locked = await startServer({ label: "js-weight-login", env: { APP_PASSWORD: PASSWORD } });
  const browser = await launchChromium();
  try {
    const figures = [];
    for (const entry of measured) {
      const server = entry.route === "/login" ? locked : open;
      const js = await scriptBytes(browser, `${server.url}${visitPath(entry.route)}`);
      const via = js.landed === visitPath(entry.route) ? "" : ` (lands on ${js.landed})`;
      figures.push(
        figure({
          benchmark: name,
          name: `JS transferred by ${entry.route}${via}`,
          value: `${round(js.bytes / 1024)} KB`,
          target: `≤ ${round(entry.budget / 1024)} KB gzip`,
          pass: js.bytes <= entry.budget,
          note: `${js.files} scripts, encoding ${js.encodings}, cold cache; check-bundle counts ${round(entry.bytes / 1024)} KB in ${entry.chunks.length} scripts`,
        }),
      );
    }
    return figures;
  } finally {
    await browser.close();
    await open.stop();
    await locked.stop();
  }
}
