// @vitest-environment node
import { describe, expect, it } from "vitest";
import { checkSameOrigin, isMutation } from "@/lib/api/origin";

const headers = (values: Record<string, string>) => new Headers({ host: "studio.example:3000", ...values });

describe("checkSameOrigin", () => {
  it.each([
    ["Sec-Fetch-Site same-origin", { "sec-fetch-site": "same-origin" }, true],
    ["Sec-Fetch-Site same-site", { "sec-fetch-site": "same-site" }, false],
    ["Sec-Fetch-Site cross-site", { "sec-fetch-site": "cross-site" }, false],
    ["Sec-Fetch-Site none (typed in the address bar)", { "sec-fetch-site": "none" }, false],
    [
      "cross-site even with a matching Origin",
      { "sec-fetch-site": "cross-site", origin: "http://studio.example:3000" },
      false,
    ],
    ["an Origin equal to the host", { origin: "http://studio.example:3000" }, true],
    ["an Origin on another port", { origin: "http://studio.example:4000" }, false],
    ["an Origin on another host", { origin: "https://evil.example" }, false],
    ["Origin: null", { origin: "null" }, false],
    ["an Origin that is not a URL", { origin: "garbage" }, false],
    ["neither header", {}, false],
  ])("judges %s", (_label, values, ok) => {
    expect(checkSameOrigin(headers(values)).ok).toBe(ok);
  });

  it("uses X-Forwarded-Host behind a proxy declared with TRUST_PROXY, and only then", () => {
    const behindProxy = new Headers({
      host: "127.0.0.1:3000",
      "x-forwarded-host": "studio.example",
      origin: "https://studio.example",
    });
    expect(checkSameOrigin(behindProxy, 1).ok).toBe(true);
    expect(checkSameOrigin(behindProxy, 0).ok).toBe(false);
  });
});

describe("isMutation", () => {
  it("treats POST, PATCH, PUT and DELETE as mutations and GET/HEAD/OPTIONS as reads", () => {
    expect(["POST", "PATCH", "PUT", "DELETE"].map(isMutation)).toEqual([true, true, true, true]);
    expect(["GET", "HEAD", "OPTIONS"].map(isMutation)).toEqual([false, false, false]);
  });
});
