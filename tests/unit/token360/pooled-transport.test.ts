// @vitest-environment node
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { brotliCompressSync, constants, deflateRawSync, deflateSync, gzipSync } from "node:zlib";
import { afterEach, describe, expect, it, vi } from "vitest";
import { arkTaskProvider } from "@/lib/ark/task-provider";
import { arkUpstreamOf } from "@/lib/ark/upstream";
import { parseEnv } from "@/lib/env-schema";
import { createPooledFetch, decodeBody } from "@/lib/net/pooled-fetch";
import { listAssets } from "@/lib/token360/assets";
import { createAsset } from "@/lib/token360/create-asset";
import { requestJson } from "@/lib/token360/http";
import { assetRecord, consoleOk, jsonResponse, stubFetch, testUpstream, TEST_KEY } from "./factories";

// The real-API transport for JSON calls (undici's request() on a pool) against a real HTTP
// server: what fetch did (timeouts, connection failures, GET retries with Retry-After, the
// caller's abort, gzip, redirects without the key to another origin) it must still do.

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

const servers: Server[] = [];

async function serve(handler: Handler) {
  const seen: IncomingMessage[] = [];
  let connections = 0;
  const server = createServer((request, response) => {
    seen.push(request);
    handler(request, response);
  });
  server.on("connection", () => (connections += 1));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, seen, connections: () => connections };
}

afterEach(async () => {
  await Promise.all(
    servers.splice(0).map(
      (server) =>
        new Promise((resolve) => {
          server.closeAllConnections();
          server.close(resolve);
        }),
    ),
  );
});

function pooledUpstream(baseUrl: string, timeoutMs = 1000) {
  // The stub fetch must only see streamed calls: JSON goes through the pool.
  const streamed = stubFetch(jsonResponse(consoleOk(assetRecord())));
  const upstream = testUpstream(streamed.fetch, {
    baseUrl: `${baseUrl}/v1`,
    fetchAnswer: createPooledFetch(),
    timeoutMs,
  });
  return { upstream, streamedFetch: streamed.fetch };
}

const sendJson = (response: ServerResponse, body: unknown, status = 200, headers = {}) => {
  response.writeHead(status, { "content-type": "application/json", ...headers });
  response.end(JSON.stringify(body));
};

describe("the pooled JSON transport", () => {
  it("reads a gzipped page with the key, asks for gzip, and leaves fetch alone", async () => {
    const page = consoleOk({ list: [assetRecord()], total: 1 });
    const server = await serve((request, response) => {
      const gzip = /gzip/.test(request.headers["accept-encoding"] ?? "");
      response.writeHead(200, {
        "content-type": "application/json",
        ...(gzip ? { "content-encoding": "gzip" } : {}),
      });
      response.end(gzip ? gzipSync(JSON.stringify(page)) : JSON.stringify(page));
    });
    const { upstream, streamedFetch } = pooledUpstream(server.url);
    const result = await listAssets({ page: 1, pageSize: 20 }, upstream);
    expect(result.items[0]).toMatchObject({ name: "hero-front", status: "processing" });
    expect(result.total).toBe(1);
    const request = server.seen[0]!;
    expect(request.url).toBe("/v1/assets?current=1&size=20");
    expect(request.headers.authorization).toBe(`Bearer ${TEST_KEY}`);
    expect(request.headers["accept-encoding"]).toContain("gzip");
    expect(streamedFetch).not.toHaveBeenCalled();
  });

  it("undoes gzip, deflate (wrapped or bare) and brotli, small or large, and refuses an unknown coding", async () => {
    const text = JSON.stringify({
      items: Array.from({ length: 20_000 }, (_, i) => `asset-${i}-${i * 7919}`),
    });
    const bytes = Buffer.from(text);
    expect(bytes.length).toBeGreaterThan(256 * 1024);
    for (const [coding, encoded] of [
      ["gzip", gzipSync(bytes)],
      ["deflate", deflateSync(bytes)],
      ["deflate", deflateRawSync(bytes)],
      ["br", brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } })],
      ["identity", bytes],
    ] as const) {
      expect((await decodeBody(encoded, coding)).toString()).toBe(text);
    }
    // Above the inline limit the inflate runs on the pool; the result is the same.
    const random = Buffer.from(Array.from({ length: 400_000 }, (_, i) => (i * 2654435761) % 251));
    expect((await decodeBody(gzipSync(random), "gzip")).equals(random)).toBe(true);
    expect((await decodeBody(deflateRawSync(Buffer.from("{}")), "deflate")).toString()).toBe("{}");
    await expect(decodeBody(bytes, "zstd-like")).rejects.toThrow(/unsupported/);
  });

  it("times out with upstream_timeout when no answer comes", async () => {
    const server = await serve(() => undefined);
    const { upstream } = pooledUpstream(server.url, 150);
    await expect(requestJson(upstream, { method: "POST", path: "/videos", json: {} })).rejects.toMatchObject({
      code: "upstream_timeout",
    });
  });

  it("times out with upstream_timeout when the body stalls after the headers", async () => {
    const server = await serve((_request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.write('{"code":0,');
    });
    const { upstream } = pooledUpstream(server.url, 150);
    await expect(requestJson(upstream, { method: "POST", path: "/videos", json: {} })).rejects.toMatchObject({
      code: "upstream_timeout",
    });
  });

  it("says an answer that cannot be decoded is broken, not late", async () => {
    const server = await serve((_request, response) => {
      response.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" });
      response.end(Buffer.from('{"code":0} is not gzip'));
    });
    const { upstream } = pooledUpstream(server.url, 5_000);
    await expect(requestJson(upstream, { method: "POST", path: "/videos", json: {} })).rejects.toMatchObject({
      code: "upstream_error",
      message: expect.stringMatching(/broke off or could not be decoded \(HTTP 200\)/),
    });
  });

  it("maps a refused connection to upstream_unavailable after retrying the GET", async () => {
    const server = await serve(() => undefined);
    const closedUrl = server.url;
    await new Promise((resolve) => servers.pop()!.close(resolve));
    const { upstream } = pooledUpstream(closedUrl);
    await expect(requestJson(upstream, { method: "GET", path: "/videos" })).rejects.toMatchObject({
      code: "upstream_unavailable",
    });
    expect(upstream.retry.sleep).toHaveBeenCalledTimes(2);
  });

  it("retries a GET on 503 after its Retry-After, on the same connection", async () => {
    let calls = 0;
    const server = await serve((_request, response) => {
      calls += 1;
      if (calls === 1) sendJson(response, { error: { message: "busy" } }, 503, { "retry-after": "1" });
      else sendJson(response, { object: "list", data: [] });
    });
    const { upstream } = pooledUpstream(server.url);
    // A short real wait stands for the second: time for the refused answer to be read off.
    const sleep = vi.fn((_ms: number) => new Promise<void>((resolve) => setTimeout(resolve, 20)));
    upstream.retry = { ...upstream.retry, sleep };
    expect(await requestJson(upstream, { method: "GET", path: "/videos" })).toEqual({
      object: "list",
      data: [],
    });
    expect(calls).toBe(2);
    expect(sleep).toHaveBeenCalledWith(1000, undefined);
    // The refused answer's body was read off, so its socket served the retry.
    expect(server.connections()).toBe(1);
  });

  it("sends a POST once even when it gets a 503", async () => {
    const server = await serve((_request, response) =>
      sendJson(response, { error: { message: "busy" } }, 503),
    );
    const { upstream } = pooledUpstream(server.url);
    await expect(requestJson(upstream, { method: "POST", path: "/videos", json: {} })).rejects.toMatchObject({
      code: "upstream_unavailable",
    });
    expect(server.seen).toHaveLength(1);
  });

  it("aborts the upstream call when the caller goes away", async () => {
    const closed = vi.fn();
    const server = await serve((request) => request.socket.on("close", closed));
    const { upstream } = pooledUpstream(server.url, 5000);
    const browser = new AbortController();
    const pending = requestJson(upstream, { method: "GET", path: "/videos", signal: browser.signal });
    await vi.waitFor(() => expect(server.seen).toHaveLength(1));
    const reason = new DOMException("gone", "AbortError");
    browser.abort(reason);
    await expect(pending).rejects.toBe(reason);
    await vi.waitFor(() => expect(closed).toHaveBeenCalled());
  });

  it("follows a redirect to another origin without the key, and never puts the key in an error", async () => {
    const other = await serve((_request, response) =>
      sendJson(response, { error: { message: "nope" } }, 401),
    );
    const server = await serve((_request, response) => {
      response.writeHead(302, { location: `${other.url}/v1/videos` });
      response.end();
    });
    const { upstream } = pooledUpstream(server.url);
    const error = await requestJson(upstream, { method: "GET", path: "/videos" }).catch((e: unknown) => e);
    expect(other.seen[0]?.headers.authorization).toBeUndefined();
    expect(error).toMatchObject({ code: "upstream_error" });
    expect(JSON.stringify(error)).not.toContain(TEST_KEY);
    expect(String((error as Error).message)).not.toContain(TEST_KEY);
  });

  it("keeps streamed uploads on fetch", async () => {
    const server = await serve((_request, response) => sendJson(response, {}));
    const { upstream, streamedFetch } = pooledUpstream(server.url);
    async function* bytes() {
      yield new Uint8Array([1, 2, 3]);
    }
    await createAsset({ bytes: bytes(), filename: "a.png", mimeType: "image/png" }, undefined, upstream);
    expect(streamedFetch).toHaveBeenCalledTimes(1);
    expect(server.seen).toHaveLength(0);
  });

  it("carries the native Seedance client too", async () => {
    const server = await serve((request, response) => {
      expect(request.headers.authorization).toBe("Bearer ark-test-key-123");
      sendJson(response, { id: "cgt-1" });
    });
    const settings = parseEnv({
      VIDEO_PROVIDER: "ark",
      ARK_API_KEY: "ark-test-key-123",
      ARK_PRESET: "volcengine",
    }).ark!;
    const provider = arkTaskProvider(arkUpstreamOf({ ...settings, baseUrl: `${server.url}/api/v3` }));
    const record = await provider.createTask({ model: "seedance-2.0", prompt: "Waves", duration: 5 });
    expect(record).toMatchObject({ id: "cgt-1", status: "queued" });
    expect(server.seen[0]?.url).toBe("/api/v3/contents/generations/tasks");
  });
});
