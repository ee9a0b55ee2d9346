import { expect, test } from "@playwright/test";
import fc from "fast-check";
import { documentedRoutes } from "./support/bff-routes";
import { edgeCases, fuzzRequest, type FuzzRequest } from "./support/fuzz-inputs";
import { startPrivateServer, type PrivateServer } from "./support/private-server";

// Thousands of generated bad requests against every route docs/BFF.md lists. Whatever comes
// in, the answer is a 4xx (or a 2xx when the input happens to be valid), never a 5xx, and
// the server is still healthy afterwards. Seeded: FUZZ_SEED=<n> replays a run exactly.

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

test.beforeAll(async () => {
  // Tasks a valid generated body may start stay queued: fuzzing should not turn into rendering.
  server = await startPrivateServer({ env: { EMULATOR_VIDEO_QUEUE_MS: "3600000" } });
});

test.afterAll(async () => {
  await server?.dispose();
});

function originHeaders(origin: FuzzRequest["origin"]): Record<string, string> {
  if (origin === "same") return { origin: server.url };
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

const deliver = (request: FuzzRequest) =>
  fetch(`${server.url}${request.target}`, {
    method: request.method,
    headers: { ...request.headers, ...originHeaders(request.origin) },
    body: request.body,
    redirect: "manual",
    signal: AbortSignal.timeout(30_000),
  });

/** Sends one request; anything but a 2xx-4xx answer with a well-formed error body is a finding. */
async function send(request: FuzzRequest): Promise<Finding | null> {
  let response: Response;
  try {
    response = await deliver(request).catch((error: unknown) => {
      // A kept-alive socket the server closed just as it was reused fails with "fetch failed"
      // before the request is sent; a second try on a fresh socket tells that from a crash.
      if (error instanceof TypeError && error.message === "fetch failed") return deliver(request);
      throw error;
    });
  } catch (error) {
    // fetch refusing to build a request (a bad header value) is not the server's doing; a
    // dropped connection ("fetch failed") or no answer in time is.
    if (error instanceof TypeError && error.message !== "fetch failed") return null;
    const cause = error instanceof Error && error.cause ? ` (${String(error.cause)})` : "";
    return finding(request, "no answer", `${String(error)}${cause}`);
  }
  const text = await response.text();
  if (response.status >= 500) return finding(request, response.status, text.slice(0, 300));
  if (response.status >= 400 && (response.headers.get("content-type") ?? "").includes("application/json")) {
    const body = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
    if (typeof body.error?.code !== "string" || typeof body.error.message !== "string") {
      return finding(request, `${response.status} without the error shape`, text.slice(0, 300));
    }
  }
  return null;
}

async function runAll(requests: FuzzRequest[]): Promise<Finding[]> {
  const findings: Finding[] = [];
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const finding = await send(requests[next++]!);
      if (finding) findings.push(finding);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return findings;
}

test("every documented route answers generated bad input with a 4xx, and the server stays up", async () => {
  test.setTimeout(300_000);
  const routes = await documentedRoutes();
  expect(routes.length).toBeGreaterThanOrEqual(20);
  const requests = routes.flatMap((route, index) => [
    ...edgeCases(route),
    ...fc.sample(fuzzRequest(route), { seed: SEED + index, numRuns: REQUESTS_PER_ROUTE }),
  ]);

  const findings = await runAll(requests);

  const kinds = new Map<string, { count: number; example: Finding }>();
  for (const found of findings) {
    const kind = kinds.get(found.kind) ?? { count: 0, example: found };
    kind.count += 1;
    kinds.set(found.kind, kind);
  }
  const report = [...kinds.entries()]
    .map(
      ([kind, { count, example }]) =>
        `${kind} (${count}×), e.g.\n    ${example.request}\n    => ${example.outcome}`,
    )
    .join("\n");
  expect(
    findings,
    `FUZZ_SEED=${SEED}: ${findings.length} of ${requests.length} requests failed\n${report}`,
  ).toEqual([]);
  const health = await fetch(`${server.url}/api/health`);
  expect(health.status).toBe(200);
  expect(((await health.json()) as { upstream: { ok: boolean } }).upstream.ok).toBe(true);
});
