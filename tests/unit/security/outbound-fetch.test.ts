// @vitest-environment node
import { afterEach, describe, expect, it } from "vitest";
import { createGuardedFetch, isBlockedDestination } from "@/lib/net/guarded-fetch";
import { classifyAddress } from "@/lib/net/ip-policy";
import { recordingServer, type RecordingServer } from "./support";

// Item 2 (server-side request forgery): what the server fetches on a user's behalf never
// reaches loopback, private, link-local or metadata addresses, judged on the resolved address
// and again on every redirect.

let servers: RecordingServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((server) => server.close()));
  servers = [];
});

async function server(...args: Parameters<typeof recordingServer>) {
  const started = await recordingServer(...args);
  servers.push(started);
  return started;
}

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => "fetched",
    (error: unknown) => (isBlockedDestination(error) ? "refused" : `failed: ${String(error)}`),
  );

describe("the address policy", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.8.9.10", "loopback"],
    ["::1", "loopback"],
    ["::ffff:127.0.0.1", "loopback"],
    ["10.1.2.3", "refused"],
    ["172.16.0.1", "refused"],
    ["192.168.1.1", "refused"],
    ["169.254.169.254", "refused"],
    ["100.100.100.200", "refused"],
    ["168.63.129.16", "refused"],
    ["0.0.0.0", "refused"],
    ["fd00:ec2::254", "refused"],
    ["fe80::1", "refused"],
    ["::ffff:10.0.0.1", "refused"],
    ["64:ff9b::7f00:1", "refused"],
    ["224.0.0.1", "refused"],
    ["not an address", "refused"],
    ["93.184.215.14", "public"],
    ["2606:4700:4700::1111", "public"],
  ])("classifies %s as %s", (address, verdict) => {
    expect(classifyAddress(address)).toBe(verdict);
  });
});

describe("the guarded fetch", () => {
  it("never connects to a loopback server, by IP or by a name that resolves to it", async () => {
    const target = await server(() => ({ status: 200, body: "secret" }));
    const guarded = createGuardedFetch({ allowLoopback: false });
    const port = new URL(target.url).port;
    expect(await refusal(guarded(`${target.url}/x`))).toBe("refused");
    expect(await refusal(guarded(`http://localhost:${port}/x`))).toBe("refused");
    expect(await refusal(guarded(`http://[::ffff:127.0.0.1]:${port}/x`))).toBe("refused");
    expect(target.hits).toEqual([]);
  });

  it("refuses metadata, private and non-http URLs before any connection", async () => {
    const guarded = createGuardedFetch({ allowLoopback: true });
    for (const url of [
      "http://169.254.169.254/latest/meta-data/",
      "http://10.0.0.1/",
      "http://[fd00:ec2::254]/",
      "file:///etc/passwd",
      "http://user:pass@example.com/",
    ]) {
      expect(await refusal(guarded(url)), url).toBe("refused");
    }
  });

  it("checks every redirect again: a loopback hop may not lead to the metadata address", async () => {
    const hop = await server(() => ({
      status: 302,
      headers: { location: "http://169.254.169.254/latest/meta-data/" },
    }));
    const guarded = createGuardedFetch({ allowLoopback: true, maxRedirects: 3 });
    expect(await refusal(guarded(`${hop.url}/start`))).toBe("refused");
    expect(hop.hits).toHaveLength(1);
  });

  it("follows a bounded number of redirects", async () => {
    const loop = await server((request) => ({ status: 302, headers: { location: request.url ?? "/" } }));
    const guarded = createGuardedFetch({ allowLoopback: true, maxRedirects: 2 });
    expect(await refusal(guarded(`${loop.url}/again`))).toBe("refused");
    expect(loop.hits).toHaveLength(3);
  });

  it("answers a redirect as it is when told to follow none (webhooks)", async () => {
    const hop = await server(() => ({ status: 307, headers: { location: "http://169.254.169.254/" } }));
    const guarded = createGuardedFetch({ allowLoopback: true, maxRedirects: 0 });
    expect((await guarded(hop.url, { method: "POST", body: "{}" })).status).toBe(307);
  });

  it("takes https only when asked, plain http to loopback only under the test opt-in", async () => {
    const receiver = await server(() => ({ status: 204 }));
    expect(
      await refusal(createGuardedFetch({ allowLoopback: false, httpsOnly: true })("http://example.com/")),
    ).toBe("refused");
    const port = new URL(receiver.url).port;
    const optedIn = createGuardedFetch({ allowLoopback: true, httpsOnly: true });
    expect((await optedIn(`http://127.0.0.1:${port}/hook`, { method: "POST", body: "{}" })).status).toBe(204);
    expect(receiver.hits).toHaveLength(1);
  });
});
