import { measureRoutes } from "../scripts/check-bundle.mjs";
import { startNextServer } from "../tests/e2e/support/next-server.mjs";
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
  // Not startServer: it reads the library through the app, which a password forbids.
  const locked = await startNextServer({
    label: "js-weight-login",
    env: { APP_PASSWORD: PASSWORD },
    distDir: DIST_DIR,
  });
  const browser = await launchChromium();
  try {
    const figures = [];
    for (const entry of measured) {
      const server = entry.route === "/login" ? locked : open;
      const js = await scriptBytes(browser, `${server.url}${visitPath(entry.route)}`);
      // "/" sends the visitor on to the Playground: what is downloaded is that page's, so is the budget.
      const landed = measured.find((other) => visitPath(other.route) === js.landed) ?? entry;
      const via = landed === entry ? "" : ` (lands on ${landed.route})`;
      figures.push(
        figure({
          benchmark: name,
          name: `JS transferred by ${entry.route}${via}`,
          value: `${round(js.bytes / 1024)} KB`,
          target: `≤ ${round(landed.budget / 1024)} KB gzip`,
          pass: js.bytes <= landed.budget,
          note: `${js.files} scripts, encoding ${js.encodings}, cold cache; check-bundle counts ${round(landed.bytes / 1024)} KB in ${landed.chunks.length} scripts`,
        }),
      );
    }
    return figures;
  } finally {
    await browser.close();
    await open.stop();
    await locked.dispose();
  }
}
