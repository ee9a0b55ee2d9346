// @vitest-environment node
import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/errors/api-error";
import { requestJson } from "@/lib/token360/http";
import { createVideo } from "@/lib/token360/videos";
import { jsonResponse, stubFetch, testUpstream, TEST_KEY, videoObject } from "./factories";

const ok = () => jsonResponse({ object: "list", data: [], has_more: false });

describe("the retry policy", () => {
  it("retries a GET after a 429 and waits for the Retry-After it was given", async () => {
    const { fetch } = stubFetch(
      jsonResponse({ error: { message: "slow down" } }, 429, { "retry-after": "2" }),
      ok(),
    );
    const upstream = testUpstream(fetch);
    await requestJson(upstream, { method: "GET", path: "/videos" });
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(upstream.retry.sleep).toHaveBeenCalledWith(2000, undefined);
  });

  it("retries a GET on 5xx with exponential backoff and jitter", async () => {
    const { fetch } = stubFetch(jsonResponse({}, 502), jsonResponse({}, 503), ok());
    const upstream = testUpstream(fetch);
    await requestJson(upstream, { method: "GET", path: "/videos" });
    expect(fetch).toHaveBeenCalledTimes(3);
    // random() = 0.5: half of 300 ms, then half of 600 ms.
    expect(upstream.retry.sleep).toHaveBeenNthCalledWith(1, 150, undefined);
    expect(upstream.retry.sleep).toHaveBeenNthCalledWith(2, 300, undefined);
  });

  it("retries a GET after a network error", async () => {
    const { fetch } = stubFetch(new TypeError("fetch failed"), ok());
    await requestJson(testUpstream(fetch), { method: "GET", path: "/videos" });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it("gives up after a bounded number of attempts and reports the last failure", async () => {
    const { fetch } = stubFetch(jsonResponse({ error: { message: "boom" } }, 500));
    await expect(requestJson(testUpstream(fetch), { method: "GET", path: "/videos" })).rejects.toMatchObject({
      code: "upstream_error",
      status: 502,
    });
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it("does not wait for a Retry-After longer than the policy allows, and passes it on", async () => {
    const { fetch } = stubFetch(jsonResponse({ error: { message: "quota" } }, 429, { "retry-after": "120" }));
    const error = await requestJson(testUpstream(fetch), { method: "GET", path: "/videos" }).catch(
      (e: unknown) => e,
    );
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(error).toMatchObject({ code: "rate_limited", status: 429, headers: { "retry-after": "120" } });
  });

  it("never retries POST /v1/videos, not even on 503 or a network error", async () => {
    const busy = stubFetch(jsonResponse({ error: { message: "busy" } }, 503));
    await expect(
      createVideo({ model: "seedance-2.0", prompt: "x" }, testUpstream(busy.fetch)),
    ).rejects.toMatchObject({
      code: "upstream_unavailable",
    });
    expect(busy.fetch).toHaveBeenCalledTimes(1);

    const down = stubFetch(new TypeError("fetch failed"));
    await expect(
      createVideo({ model: "seedance-2.0", prompt: "x" }, testUpstream(down.fetch)),
    ).rejects.toMatchObject({
      code: "upstream_unavailable",
    });
    expect(down.fetch).toHaveBeenCalledTimes(1);
  });

  it("does not retry a 4xx", async () => {
    const { fetch } = stubFetch(jsonResponse({ error: { message: "nope" } }, 404));
    await expect(
      requestJson(testUpstream(fetch), { method: "GET", path: "/videos/x" }),
    ).rejects.toMatchObject({
      code: "not_found",
    });
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});

describe("the transport", () => {
  it("sends the bearer key and JSON, and builds the URL under the base", async () => {
    const { fetch, calls } = stubFetch(jsonResponse(videoObject()));
    await createVideo({ model: "seedance-2.0", prompt: "x" }, testUpstream(fetch));
    const call = calls[0]!;
    expect(call.url).toBe("https://api.example.test/v1/videos");
    const headers = call.init.headers as Record<string, string>;
    expect(headers.authorization).toBe(`Bearer ${TEST_KEY}`);
    expect(headers["content-type"]).toBe("application/json");
    expect(call.init.body).toBe(JSON.stringify({ model: "seedance-2.0", prompt: "x" }));
  });

  it("times out a slow upstream with a clear error", async () => {
    const fetch = (_url: string, init: RequestInit) =>
      new Promise<Response>((_resolve, reject) =>
        init.signal?.addEventListener("abort", () => reject(init.signal?.reason)),
      );
    const error = await requestJson(testUpstream(fetch, { timeoutMs: 20 }), {
      method: "POST",
      path: "/videos",
      json: {},
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: "upstream_timeout", status: 504 });
  });

  it("rejects an answer that is not JSON", async () => {
    const { fetch } = stubFetch(new Response("<html>gateway</html>", { status: 200 }));
    await expect(requestJson(testUpstream(fetch), { method: "GET", path: "/videos" })).rejects.toMatchObject({
      code: "upstream_error",
    });
  });
});

describe("a fetch that ignores its signal", () => {
  it("still times out on time", async () => {
    const deaf = () =>
      new Promise<Response>((resolve) => setTimeout(() => resolve(jsonResponse({ data: [] })), 500));
    const started = Date.now();
    const error = await requestJson(testUpstream(deaf, { timeoutMs: 30 }), {
      method: "GET",
      path: "/videos",
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "upstream_timeout" });
    expect(Date.now() - started).toBeLessThan(400);
  });
});
