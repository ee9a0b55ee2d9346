import { expect, test, type Page } from "@playwright/test";
import { clearFaults, injectFault, readFaults } from "./support/faults";
import { startPrivateServer, type PrivateServer } from "./support/private-server";
import { StudioApi, TEXT_TO_VIDEO } from "./support/studio-api";

// Starting a video costs the creator money, so POST /v1/videos is sent exactly once per
// Generate: an upstream failure reaches the creator as an error, never as a silent second try,
// and a double click cannot start two tasks.

interface ErrorBody {
  error: { code: string; message: string };
}

let server: PrivateServer;
let api: StudioApi;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  server = await startPrivateServer();
  api = new StudioApi(server.url);
});

test.afterEach(async () => {
  await clearFaults(server.url);
});

test.afterAll(async () => {
  await server?.dispose();
});

async function openPlaygroundWithPrompt(page: Page, prompt: string) {
  // A page visit plus a real render: generous on a busy two-core machine.
  test.setTimeout(120_000);
  await page.goto(`${server.url}/playground`);
  await page.getByLabel("Prompt").fill(prompt);
  const generate = page.getByRole("button", { name: "Generate", exact: true });
  await expect(generate).toBeEnabled();
  return generate;
}

test("a 500 on create reaches the caller after one upstream call, and no task is made", async () => {
  const before = (await api.listVideos()).length;
  await injectFault(server.url, { fault: "500", faultCount: 2 });

  const { status, body } = await api.json<ErrorBody>("POST", "/api/videos", TEXT_TO_VIDEO);

  expect(status).toBe(502);
  expect(body.error.code).toBe("upstream_error");
  // One of the two injected 500s is left: the create was sent once and not retried.
  expect((await readFaults(server.url)).faultCount).toBe(1);
  await clearFaults(server.url);
  expect(await api.listVideos()).toHaveLength(before);
});

test("a rate-limited create is not retried either, even with a short Retry-After", async () => {
  const before = (await api.listVideos()).length;
  await injectFault(server.url, { fault: "429", faultCount: 2, retryAfterSeconds: 1 });

  const { status, body } = await api.json<ErrorBody>("POST", "/api/videos", TEXT_TO_VIDEO);

  expect(status).toBe(429);
  expect(body.error.code).toBe("rate_limited");
  expect((await readFaults(server.url)).faultCount).toBe(1);
  await clearFaults(server.url);
  expect(await api.listVideos()).toHaveLength(before);
});

test("in the Playground, a failed Generate says so once and starts nothing", async ({ page }) => {
  const before = (await api.listVideos()).length;
  const generate = await openPlaygroundWithPrompt(page, "A lighthouse in a storm, waves crashing");
  // One failure only: had the create been retried, the second attempt would have made a task.
  await injectFault(server.url, { fault: "500", faultCount: 1 });

  await generate.click();

  const alert = page.getByRole("alert").filter({ hasText: "The video was not started" });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(/HTTP 500/);
  await expect(generate).toBeEnabled();
  expect((await readFaults(server.url)).fault).toBe("none");
  expect(await api.listVideos()).toHaveLength(before);
});

test("a double-clicked Generate, then Ctrl+Enter, starts exactly one video", async ({ page }) => {
  const before = (await api.listVideos()).length;
  const generate = await openPlaygroundWithPrompt(page, "Two swans glide across a misty lake");
  // A slow upstream keeps the first request in flight while the extra clicks arrive.
  await injectFault(server.url, { fault: "slow", slowMs: 5_000 });

  await generate.dblclick();
  await page.getByLabel("Prompt").press("Control+Enter");
  // The extra inputs really landed while the first request was still being sent.
  await expect(page.getByRole("button", { name: "Sending…" })).toBeVisible();
  await clearFaults(server.url);

  await expect(page.getByRole("button", { name: "Generate", exact: true })).toBeEnabled();
  await expect.poll(async () => (await api.listVideos()).length).toBeGreaterThan(before);
  const [task] = await api.listVideos();
  await expect.poll(async () => (await api.getVideo(task!.id)).status, { timeout: 60_000 }).toBe("completed");
  expect(await api.listVideos()).toHaveLength(before + 1);
});
