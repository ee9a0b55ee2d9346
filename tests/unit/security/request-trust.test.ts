// @vitest-environment node
import { describe, expect, it } from "vitest";
import { checkSameOrigin } from "@/lib/api/origin";
import { clientAddress, PEER_ADDRESS_HEADER, requestHost } from "@/lib/net/forwarded";
import { createHostAllowlist } from "@/lib/net/host-allowlist";

// Items 3 and 8: which host a request was addressed to, and who sent it. X-Forwarded-* count
// only behind proxies declared with TRUST_PROXY; the host must be one of the server's names.

const headers = (values: Record<string, string>) => new Headers(values);

describe("the host allowlist (DNS rebinding)", () => {
  const defaults = createHostAllowlist({});

  it.each(["localhost:3000", "127.0.0.1:41234", "[::1]:3000", "LOCALHOST", "localhost"])(
    "answers to the loopback name %s by default",
    (host) => expect(defaults.allows(host)).toBe(true),
  );

  it.each([
    "rebind.evil.example",
    "rebind.evil.example:3000",
    "localhost.evil.example",
    "127.0.0.1.nip.io",
    "evil@localhost",
    "localhost/evil",
    "",
  ])("refuses %j by default", (host) => expect(defaults.allows(host)).toBe(false));

  it("adds APP_URL's host and ALLOWED_HOSTS, whatever the port", () => {
    const list = createHostAllowlist({
      appUrl: "https://studio.example.com",
      allowedHosts: ["studio.lan", "10.0.0.5:3000"],
    });
    for (const host of ["studio.example.com", "studio.example.com:443", "studio.lan:8080", "10.0.0.5"]) {
      expect(list.allows(host), host).toBe(true);
    }
    expect(list.allows("example.com")).toBe(false);
  });
});

describe("forwarded headers", () => {
  const forged = {
    host: "127.0.0.1:3000",
    "x-forwarded-host": "evil.example",
    "x-forwarded-for": "203.0.113.9",
    [PEER_ADDRESS_HEADER]: "127.0.0.1",
  };

  it("are ignored without TRUST_PROXY: the Host header and the socket's peer count", () => {
    expect(requestHost(headers(forged), 0)).toBe("127.0.0.1:3000");
    expect(clientAddress(headers(forged), 0)).toBe("127.0.0.1");
  });

  it("count behind one trusted proxy: its X-Forwarded-Host, and the address it appended", () => {
    const proxied = {
      ...forged,
      "x-forwarded-host": "studio.example.com",
      "x-forwarded-for": "1.2.3.4, 198.51.100.7",
    };
    expect(requestHost(headers(proxied), 1)).toBe("studio.example.com");
    // The left entry was written by the client; the proxy vouches only for the right one.
    expect(clientAddress(headers(proxied), 1)).toBe("198.51.100.7");
    expect(clientAddress(headers(proxied), 2)).toBe("1.2.3.4");
  });

  it("cannot make a cross-site POST look same-origin without TRUST_PROXY", () => {
    const attack = headers({ ...forged, origin: "https://evil.example" });
    expect(checkSameOrigin(attack, 0).ok).toBe(false);
    expect(checkSameOrigin(attack, 1).ok).toBe(true);
  });
});
