import { expect, test } from "@playwright/test";
import fc from "fast-check";
import { documentedRoutes, type DocumentedRoute } from "./support/bff-routes";
import { EMULATOR_ROUTES, FUZZ_TENANT_KEY } from "./support/emulator-routes";
import { edgeCases, fuzzRequest, type FuzzRequest } from "./support/fuzz-inputs";
import { startPrivateServer, type PrivateServer } from "./support/private-server";

// Thousands of generated bad requests against every route docs/BFF.md lists, the emulator's
// HTTP surface with its admin routes, and sign-in behind a password. Whatever comes in, the
// answer is a 4xx (or a 2xx when the input happens to be valid), never a 5xx, and the servers
// are still healthy afterwards. Seeded: FUZZ_SEED=<n> replays a run exactly.

const SEED = Number(process.env.FUZZ_SEED ?? 20_251_123);
const REQUESTS_PER_ROUTE = 130;
const CONCURRENCY = 8;

interface Finding {
  /** e.g. `GET /api/assets/[assetId] 500`: findings of one kind are reported once. */
  kind: string;
  request: string;
  outcome: string;
}

let server: PrivateServer;
/** The same build with APP_PASSWORD: the sign-in routes and the emulator behind the session. */
let guarded: PrivateServer;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  // Tasks a valid generated body may start stay queued: fuzzing should not turn into rendering.
  const env = { EMULATOR_VIDEO_QUEUE_MS: "3600000" };
  [server, guarded] = await Promise.all([
    startPrivateServer({ env }),
    startPrivateServer({ env: { ...env, APP_PASSWORD: "fuzzing password 0123" } }),
  ]);
});

test.afterAll(async () => {
  await Promise.all([server?.dispose(), guarded?.dispose()]);
});

function originHeaders(origin: FuzzRequest["origin"], base: string): Record<string, string> {
  if (origin === "same") return { origin: base };
  if (origin === "cross") return { origin: "https://evil.example" };
  if (origin === "null") return { origin: "null" };
  return {};
}

const summarize = (request: FuzzRequest) =>
  `${request.method} ${request.target.slice(0, 300)} origin=${request.origin} headers=${JSON.stringify(
    request.headers,
  )} body=${
    request.body instanceof FormData
      ? `multipart[${[...request.body.keys()].join(",")}]`
      : typeof request.body === "string"
        ? JSON.stringify(request.body.slice(0, 300))
        : request.body
          ? `${request.body.length} bytes`
          : "none"
  }`;

const finding = (request: FuzzRequest, status: number | string, detail: string): Finding => ({
  kind: `${request.method} ${request.route} -> ${status}`,
  request: summarize(request),
  outcome: `${status} ${detail}`,
});

/** Where a request goes and what it must look like when refused. */
interface Target {
  base: string;
  /** The BFF's one error shape; the emulator answers in Token360's own shapes instead. */
  errorShape: boolean;
  headers?: Record<string, string>;
}

const deliver = (request: FuzzRequest, target: Target) =>
  fetch(`${target.base}${request.target}`, {
    method: request.method,
    headers: { ...target.headers, ...request.headers, ...originHeaders(request.origin, target.base) },
    body: request.body,
    redirect: "manual",
    signal: AbortSignal.timeout(30_000),
  });

/** Sends one request; anything but a 2xx-4xx answer with a well-formed error body is a finding. */
async function send(request: FuzzRequest, target: Target): Promise<Finding | null> {
  let response: Response;
  try {
    response = await deliver(request, target).catch((error: unknown) => {
      // A kept-alive socket the server closed just as it was reused fails with "fetch failed"
      // before the request is sent; a second try on a fresh socket tells that from a crash.
      if (error instanceof TypeError && error.message === "fetch failed") return deliver(request, target);
      throw error;
    });
  } catch (error) {
    // fetch refusing to build a request (a bad header value) is not the server's doing; a
    // dropped connection ("fetch failed") or no answer in time is.
    if (error instanceof TypeError && error.message !== "fetch failed") return null;
    const cause = error instanceof Error && error.cause ? ` (${String(error.cause)})` : "";
    return finding(request, "no answer", `${String(error)}${cause}`);
  }
  // An accepted event stream (GET /api/events) stays open by design: its headers are the answer.
  if (response.ok && (response.headers.get("content-type") ?? "").startsWith("text/event-stream")) {
    await response.body?.cancel();
    return null;
  }
  const text = await response.text();
  if (response.status >= 500) return finding(request, response.status, text.slice(0, 300));
  const json = (response.headers.get("content-type") ?? "").includes("application/json");
  if (target.errorShape && response.status >= 400 && json) {
    const body = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
    if (typeof body.error?.code !== "string" || typeof body.error.message !== "string") {
      return finding(request, `${response.status} without the error shape`, text.slice(0, 300));
    }
  }
  return null;
}

async function runAll(requests: FuzzRequest[], target: Target): Promise<Finding[]> {
  const findings: Finding[] = [];
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const finding = await send(requests[next++]!, target);
      if (finding) findings.push(finding);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return findings;
}

const generated = (routes: DocumentedRoute[], perRoute: number, seed: number) =>
  routes.flatMap((route, index) => [
    ...edgeCases(route),
    ...fc.sample(fuzzRequest(route), { seed: seed + index, numRuns: perRoute }),
  ]);

function report(findings: Finding[], total: number): string {
  const kinds = new Map<string, { count: number; example: Finding }>();
  for (const found of findings) {
    const kind = kinds.get(found.kind) ?? { count: 0, example: found };
    kind.count += 1;
    kinds.set(found.kind, kind);
  }
  const lines = [...kinds.entries()].map(
    ([kind, { count, example }]) =>
      `${kind} (${count}×), e.g.\n    ${example.request}\n    => ${example.outcome}`,
  );
  return `FUZZ_SEED=${SEED}: ${findings.length} of ${total} requests failed\n${lines.join("\n")}`;
}

async function expectHealthy(base: string) {
  const health = await fetch(`${base}/api/health`);
  expect(health.status).toBe(200);
  expect(((await health.json()) as { upstream: { ok: boolean } }).upstream.ok).toBe(true);
}

test("every documented route answers generated bad input with a 4xx, and the server stays up", async () => {
  test.setTimeout(300_000);
  const routes = await documentedRoutes();
  expect(routes.length).toBeGreaterThanOrEqual(20);
  const requests = generated(routes, REQUESTS_PER_ROUTE, SEED);
  const findings = await runAll(requests, { base: server.url, errorShape: true });
  expect(findings, report(findings, requests.length)).toEqual([]);
  await expectHealthy(server.url);
});

test("the emulator's HTTP surface, its admin routes and sign-in answer generated bad input with a 4xx", async () => {
  test.setTimeout(300_000);
  const sessionRoutes = (await documentedRoutes()).filter((route) =>
    route.template.startsWith("/api/session"),
  );
  expect(sessionRoutes.length).toBeGreaterThanOrEqual(4);
  const emulator = generated(EMULATOR_ROUTES, 60, SEED + 1000);
  const signIn = generated(sessionRoutes, 60, SEED + 2000);
  const locked = generated(EMULATOR_ROUTES, 10, SEED + 3000);
  const withKey = { authorization: `Bearer ${FUZZ_TENANT_KEY}` };
  const findings = [
    ...(await runAll(emulator, { base: server.url, errorShape: false, headers: withKey })),
    // Behind the password: sign-in (wrong guesses, malformed bodies, the limiter) and the
    // emulator refusing everyone without a session.
    ...(await runAll(signIn, { base: guarded.url, errorShape: true })),
    ...(await runAll(locked, { base: guarded.url, errorShape: false })),
  ];
  expect(findings, report(findings, emulator.length + signIn.length + locked.length)).toEqual([]);
  await expectHealthy(server.url);
  await expectHealthy(guarded.url);
});
