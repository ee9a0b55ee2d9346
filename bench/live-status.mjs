import http from "node:http";
import { startNextServer } from "../tests/e2e/support/next-server.mjs";
import { launchChromium } from "./support/browser.mjs";
import { DIST_DIR } from "./support/build.mjs";
import { EMULATOR_KEY, startServer } from "./support/server.mjs";
import { emulatorClient } from "./support/clients.mjs";
import { tinyJpeg } from "./support/images.mjs";
import { figure, round } from "./support/stats.mjs";

// Upstream calls per minute while tabs watch ten processing assets and two running videos:
// N tabs on the Assets page and N on the Playground (its History), polling (the event stream
// refused in the browser, as when it is down) and with live events (GET /api/events).
//
// Counted honestly, on the wire: the app runs in real-API mode against a second server's
// emulator over HTTP (/emulator/v1), through a proxy in this process that counts every request.
// The upstream keeps the assets processing and the videos rendering for the whole run.

export const name = "live-status";

const ASSETS = 10;
const VIDEOS = 2;
const TAB_COUNTS = [1, 5];
const WARM_UP_MS = 20_000;
const MEASURE_MS = 40_000;
const LONG_MS = String(30 * 60 * 1000);

/** An HTTP proxy to `target` that counts the requests it forwards, by method and path shape. */
async function countingProxy(target) {
  const counts = new Map();
  const server = http.createServer((request, response) => {
    const shape = `${request.method} ${new URL(request.url, target).pathname.replace(/\/(ta|ua|vid|task|grp)_[\w-]+/g, "/:id")}`;
    counts.set(shape, (counts.get(shape) ?? 0) + 1);
    const upstream = http.request(
      new URL(request.url, target),
      { method: request.method, headers: { ...request.headers, host: new URL(target).host } },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    upstream.on("error", () => response.destroy());
    request.pipe(upstream);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    snapshot: () => new Map(counts),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

const total = (counts) => [...counts.values()].reduce((sum, count) => sum + count, 0);

function since(before, after) {
  const delta = new Map();
  for (const [shape, count] of after) {
    const added = count - (before.get(shape) ?? 0);
    if (added > 0) delta.set(shape, added);
  }
  return delta;
}

async function seed(upstreamUrl) {
  const client = emulatorClient(upstreamUrl);
  const groupId = await client.createGroup("Live status bench");
  for (let index = 0; index < ASSETS; index += 1)
    await client.upload(groupId, `live-${index}`, await tinyJpeg(index));
  for (let index = 0; index < VIDEOS; index += 1) {
    const response = await fetch(`${upstreamUrl}/emulator/v1/videos`, {
      method: "POST",
      headers: { authorization: `Bearer ${EMULATOR_KEY}`, "content-type": "application/json" },
      body: JSON.stringify({
        model: "seedance-2.0",
        prompt: `A portrait turns toward the camera, take ${index + 1}`,
        duration: 5,
        resolution: "720p",
        generate_audio: false,
      }),
    });
    if (!response.ok) throw new Error(`create video: ${response.status} ${await response.text()}`);
  }
}

/**
 * Opens `tabs` Assets and `tabs` Playground pages, waits, and counts the upstream calls. Each
 * tab's pair gets a browser context of its own: Chromium opens at most six connections to one
 * host over HTTP/1.1, and ten open streams in one context would starve the later pages.
 */
async function watch(browser, app, proxy, { tabs, live }) {
  const contexts = [];
  const pages = [];
  for (let tab = 0; tab < tabs; tab += 1) {
    const context = await browser.newContext({ baseURL: app.url });
    if (!live) await context.route("**/api/events", (route) => route.abort());
    contexts.push(context);
    for (const path of ["/assets", "/playground"]) {
      const page = await context.newPage();
      await page.goto(path, { waitUntil: "domcontentloaded", timeout: 60_000 });
      pages.push(page);
    }
  }
  // A row's status, not the Status filter's "Processing" option.
  await pages[0].getByRole("row").getByText("Processing").first().waitFor({ timeout: 60_000 });
  await new Promise((resolve) => setTimeout(resolve, WARM_UP_MS));
  const before = proxy.snapshot();
  await new Promise((resolve) => setTimeout(resolve, MEASURE_MS));
  const calls = since(before, proxy.snapshot());
  for (const context of contexts) await context.close();
  // Let the server notice the closed streams before the next run starts.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  return { perMinute: round((total(calls) * 60_000) / MEASURE_MS), calls: Object.fromEntries(calls) };
}

export async function run() {
  const upstream = await startServer({
    label: "live-status-upstream",
    env: {
      EMULATOR_ASSET_PROCESSING_MS: LONG_MS,
      EMULATOR_VIDEO_QUEUE_MS: "500",
      EMULATOR_RENDER_MIN_MS: LONG_MS,
    },
  });
  const proxy = await countingProxy(upstream.url);
  // The benchmarks' key reaches the upstream's library (startServer adds it to that tenant).
  const app = await startNextServer({
    label: "live-status-app",
    env: { TOKEN360_API_KEY: EMULATOR_KEY, TOKEN360_BASE_URL: `${proxy.url}/emulator/v1` },
    distDir: DIST_DIR,
  });
  const browser = await launchChromium();
  const results = [];
  try {
    await seed(upstream.url);
    for (const live of [false, true]) {
      for (const tabs of TAB_COUNTS) {
        const result = await watch(browser, app, proxy, { tabs, live });
        console.log(`  ${live ? "events" : "polling"}, ${tabs} tab(s) of each page:`, JSON.stringify(result));
        results.push({ live, tabs, ...result });
      }
    }
  } finally {
    await browser.close();
    await app.dispose();
    await proxy.close();
    await upstream.stop();
  }
  const at = (live, tabs) => results.find((result) => result.live === live && result.tabs === tabs);
  const [few, many] = TAB_COUNTS;
  const eventsFew = at(true, few).perMinute;
  const eventsMany = at(true, many).perMinute;
  const scene = `${ASSETS} processing assets, ${VIDEOS} running videos; N Assets + N Playground tabs`;
  return [
    ...results.map((result) =>
      figure({
        benchmark: name,
        name: `upstream calls/min, ${result.live ? "events" : "polling"}, ${result.tabs} tab(s) each`,
        value: result.perMinute,
        unit: "calls/min",
        target: result.live ? "flat in N" : "",
        note: `${scene}; ${JSON.stringify(result.calls)}`,
      }),
    ),
    figure({
      benchmark: name,
      name: `events: ${many} tabs vs ${few} (upstream calls)`,
      value: round(eventsMany / Math.max(eventsFew, 1), 2),
      unit: "×",
      target: "≤ 1.2×",
      // Backoff timing shifts a few calls between runs; growth with tabs would be ×5 here.
      pass: eventsMany <= eventsFew * 1.2,
      note: scene,
    }),
  ];
}
