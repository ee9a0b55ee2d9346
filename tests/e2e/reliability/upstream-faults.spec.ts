import { expect, test } from "@playwright/test";
import { clearFaults, injectFault, readFaults } from "./support/faults";
import { startPrivateServer, type PrivateServer } from "./support/private-server";
import { StudioApi } from "./support/studio-api";

// When Token360 rate-limits, fails or dawdles on a read, the BFF retries within its bounds
// (3 attempts, Retry-After honoured up to 10 s) and then gives up with an error that says what to
// do; the Assets page turns that into a message with a retry, never an endless spinner.

interface ErrorBody {
  error: { code: string; message: string };
}

let server: PrivateServer;
let api: StudioApi;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  // A short upstream time budget so a "slow" upstream can outlast it within a test.
  server = await startPrivateServer({ env: { TOKEN360_TIMEOUT_MS: "2000" } });
  api = new StudioApi(server.url);
});

test.afterEach(async () => {
  await clearFaults(server.url);
});

test.afterAll(async () => {
  await server?.dispose();
});

test.describe("reads that meet a rate limit", () => {
  test("a 429 with Retry-After is waited out and the list still loads", async () => {
    await injectFault(server.url, { fault: "429", faultCount: 2, retryAfterSeconds: 1 });

    const { status } = await api.json("GET", "/api/assets");

    expect(status).toBe(200);
    expect((await readFaults(server.url)).fault).toBe("none");
  });

  test("a rate limit that outlasts three attempts comes back as a 429 that says to wait", async () => {
    await injectFault(server.url, { fault: "429", faultCount: 4, retryAfterSeconds: 1 });

    const response = await fetch(`${server.url}/api/assets`);
    const body = (await response.json()) as ErrorBody;

    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("1");
    expect(body.error.code).toBe("rate_limited");
    expect(body.error.message).toMatch(/rate limiting.*wait a moment and try again/i);
    // Three attempts were made, no more: one of the four injected 429s is left over.
    expect((await readFaults(server.url)).faultCount).toBe(1);
  });

  test("a Retry-After longer than the server will wait is handed to the caller at once", async () => {
    await injectFault(server.url, { fault: "429", faultCount: 2, retryAfterSeconds: 60 });

    const response = await fetch(`${server.url}/api/asset-groups`);

    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("60");
    expect((await readFaults(server.url)).faultCount).toBe(1);
  });
});

test.describe("reads that meet server errors", () => {
  test("two passing 500s are retried away", async () => {
    await injectFault(server.url, { fault: "500", faultCount: 2 });

    const { status } = await api.json("GET", "/api/videos");

    expect(status).toBe(200);
    expect((await readFaults(server.url)).fault).toBe("none");
  });

  test("a lasting 500 becomes a 502 that says to try again, after exactly three attempts", async () => {
    await injectFault(server.url, { fault: "500", faultCount: 5 });

    const { status, body } = await api.json<ErrorBody>("GET", "/api/assets");

    expect(status).toBe(502);
    expect(body.error.code).toBe("upstream_error");
    expect(body.error.message).toMatch(/HTTP 500.*try again/i);
    expect((await readFaults(server.url)).faultCount).toBe(2);
  });
});

test.describe("reads that meet a slow upstream", () => {
  test("a slow answer inside the time budget still arrives", async () => {
    await injectFault(server.url, { fault: "slow", slowMs: 600, faultCount: 1 });

    const { status } = await api.json("GET", "/api/assets");

    expect(status).toBe(200);
  });

  test("an answer slower than the time budget becomes a 504 that says to try again", async () => {
    await injectFault(server.url, { fault: "slow", slowMs: 30_000, faultCount: 1 });

    const { status, body } = await api.json<ErrorBody>("GET", "/api/asset-groups");

    expect(status).toBe(504);
    expect(body.error.code).toBe("upstream_timeout");
    expect(body.error.message).toMatch(/did not answer within 2 s\. Try again/);
  });
});

test.describe("the Assets page when the upstream fails", () => {
  test("shows what went wrong and a retry instead of a spinner, and recovers on retry", async ({ page }) => {
    test.setTimeout(120_000);
    await injectFault(server.url, { fault: "500" });
    await page.goto(`${server.url}/assets`);

    const assetsAlert = page.getByRole("alert").filter({ hasText: "Could not load assets" });
    // The error shows at the first failure, while the page still retries twice with backoff (the
    // server three times each) in the background.
    await expect(assetsAlert).toBeVisible({ timeout: 45_000 });
    await expect(assetsAlert).toContainText(/HTTP 500.*try again/i);
    // Only once the page has given up does "Try again" decide the recovery: clearing the fault
    // earlier lets a background retry heal the page before the click.
    await expect(assetsAlert.getByText("Trying again in the background")).toHaveCount(0, { timeout: 45_000 });
    await expect(page.getByRole("alert").filter({ hasText: "Could not load asset groups" })).toBeVisible();
    // The error replaces the loading table: nothing is left spinning.
    await expect(page.getByRole("table", { name: "Assets" })).toHaveCount(0);

    await clearFaults(server.url);
    await assetsAlert.getByRole("button", { name: "Try again" }).click();

    await expect(page.getByText("No assets yet")).toBeVisible();
    await expect(assetsAlert).toHaveCount(0);
  });
});
