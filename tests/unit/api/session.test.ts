// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

// env is parsed once per module graph: each test loads the modules fresh with its own env.
async function load(password: string | undefined) {
  vi.resetModules();
  vi.stubEnv("APP_PASSWORD", password ?? "");
  const session = await import("@/lib/api/session");
  const { route } = await import("@/lib/api/route");
  return { session, guarded: route({}, () => new Response("secret page")) };
}

const request = (cookie?: string) =>
  new Request("http://studio.test/api/x", { headers: cookie ? { cookie } : {} });

beforeEach(() => vi.unstubAllEnvs());
afterEach(() => vi.unstubAllEnvs());

describe("the app password", () => {
  it("lets everything through when no password is set", async () => {
    const { guarded, session } = await load(undefined);
    expect((await guarded(request())).status).toBe(200);
    expect(session.isPasswordRequired()).toBe(false);
  });

  it("answers 401 without the session cookie when a password is set", async () => {
    const { guarded } = await load("correct horse battery");
    const response = await guarded(request());
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: "unauthorized" } });
  });

  it("accepts the cookie it issued and nothing else", async () => {
    const { guarded, session } = await load("correct horse battery");
    const cookie = session.sessionCookieHeader(false).split(";")[0]!;
    expect((await guarded(request(cookie))).status).toBe(200);
    expect((await guarded(request(`${session.SESSION_COOKIE}=forged`))).status).toBe(401);
  });

  it("issues an HttpOnly, SameSite=Lax cookie that holds no password", async () => {
    const { session } = await load("correct horse battery");
    const header = session.sessionCookieHeader(true);
    expect(header).toMatch(/HttpOnly/);
    expect(header).toMatch(/SameSite=Lax/);
    expect(header).toMatch(/Secure/);
    expect(header).not.toContain("correct horse battery");
  });

  it("signs everybody out when the password changes", async () => {
    const first = await load("first password!");
    const cookie = first.session.sessionCookieHeader(false).split(";")[0]!;
    const second = await load("second password!");
    expect((await second.guarded(request(cookie))).status).toBe(401);
  });

  it("checks the password without being fooled by prefixes", async () => {
    const { session } = await load("correct horse battery");
    expect(session.isPasswordCorrect("correct horse battery")).toBe(true);
    expect(session.isPasswordCorrect("correct horse")).toBe(false);
    expect(session.isPasswordCorrect("correct horse battery!")).toBe(false);
  });
});
