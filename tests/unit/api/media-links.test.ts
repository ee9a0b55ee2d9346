// @vitest-environment node
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// Signed links under PUBLIC_URL through which a provider fetches an uploaded file.

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "ps-media-links-"));
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await rm(dataDir, { recursive: true, force: true });
});

async function load(publicUrl: string | null) {
  vi.resetModules();
  vi.stubEnv("DATA_DIR", dataDir);
  vi.stubEnv("PUBLIC_URL", publicUrl ?? "");
  const [media, kept, signed] = await Promise.all([
    import("@/lib/api/media-links"),
    import("@/lib/archive/kept-links"),
    import("@/lib/api/signed-links"),
  ]);
  return { ...media, ...kept, SIGNED_LINK_TTL_SECONDS: signed.SIGNED_LINK_TTL_SECONDS };
}

const ID = "ua_0123456789abcdef";

describe("media links", () => {
  it("signs a link under PUBLIC_URL that checks until it expires", async () => {
    const links = await load("https://studio.example.com/");
    const now = Date.parse("2026-01-01T00:00:00Z");
    const url = new URL(links.signedMediaUrl(ID, now)!);
    expect(`${url.origin}${url.pathname}`).toBe(`https://studio.example.com/api/media/${ID}`);
    const exp = url.searchParams.get("exp")!;
    const sig = url.searchParams.get("sig")!;
    expect(links.checkMediaLink(ID, exp, sig, now)).toBe(true);
    expect(links.checkMediaLink(ID, exp, sig, now + (links.SIGNED_LINK_TTL_SECONDS + 1) * 1000)).toBe(false);
    expect(links.checkMediaLink("ua_another0000000", exp, sig, now)).toBe(false);
    expect(links.checkMediaLink(ID, String(Number(exp) + 60), sig, now)).toBe(false);
    expect(links.checkMediaLink(ID, exp, undefined, now)).toBe(false);
  });

  it("a kept-video link opens only its video, never an uploaded file of the same id", async () => {
    const links = await load("https://studio.example.com");
    const url = new URL(links.signedKeptUrl(ID)!);
    expect(url.pathname).toBe(`/api/videos/${ID}/kept`);
    const exp = url.searchParams.get("exp")!;
    const sig = url.searchParams.get("sig")!;
    expect(links.checkKeptLink(ID, exp, sig)).toBe(true);
    expect(links.checkMediaLink(ID, exp, sig)).toBe(false);
  });

  it("gives no link without PUBLIC_URL", async () => {
    const links = await load(null);
    expect(links.signedMediaUrl(ID)).toBeNull();
    expect(links.signedKeptUrl(ID)).toBeNull();
  });
});
