// @vitest-environment node
import Database from "better-sqlite3";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

// Item 5: sessions that can end. Sign-in opens a session with a random id, kept server-side
// (hashed) with an expiry; signing out ends it for good, "sign out everywhere" ends them all, and
// the key material is random and kept in DATA_DIR.

const PASSWORD = "correct horse battery staple";
const SAME_ORIGIN = { "sec-fetch-site": "same-origin" };
type Store = typeof globalThis & Record<string, { close?: () => void } | undefined>;

let dataDir: string;

async function load(password: string | undefined) {
  const store = globalThis as Store;
  store.__portraitStudioWorkspace?.close?.();
  delete store.__portraitStudioWorkspace;
  delete store.__portraitStudioSignInLimiter;
  vi.resetModules();
  vi.stubEnv("APP_PASSWORD", password ?? "");
  vi.stubEnv("DATA_DIR", dataDir);
  const session = await import("@/app/api/session/route");
  const { route } = await import("@/lib/api/route");
  const guarded = route({}, () => new Response("secret page"));
  const get = (cookie?: string) =>
    guarded(new Request("http://studio.test/api/x", { headers: cookie ? { cookie } : {} }));
  const signIn = async (candidate = PASSWORD) => {
    const response = await session.POST(
      new Request("http://studio.test/api/session", {
        method: "POST",
        headers: { ...SAME_ORIGIN, "content-type": "application/json" },
        body: JSON.stringify({ password: candidate }),
      }),
    );
    return { status: response.status, cookie: response.headers.get("set-cookie")?.split(";")[0] };
  };
  const signOut = async (cookie: string, all = false) =>
    (all ? (await import("@/app/api/session/all/route")).DELETE : session.DELETE)(
      new Request(`http://studio.test/api/session${all ? "/all" : ""}`, {
        method: "DELETE",
        headers: { ...SAME_ORIGIN, cookie },
      }),
    );
  return { get, signIn, signOut };
}

beforeEach(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), "session-test-"));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
  (globalThis as Store).__portraitStudioWorkspace?.close?.();
  delete (globalThis as Store).__portraitStudioWorkspace;
  rmSync(dataDir, { recursive: true, force: true });
});

describe("the app password", () => {
  it("lets everything through when no password is set", async () => {
    const app = await load(undefined);
    expect((await app.get()).status).toBe(200);
  });

  it("answers 401 without a session, and 200 with the cookie sign-in set", async () => {
    const app = await load(PASSWORD);
    expect((await app.get()).status).toBe(401);
    const { status, cookie } = await app.signIn();
    expect(status).toBe(204);
    expect((await app.get(cookie)).status).toBe(200);
    expect((await app.get("ps_session=forged")).status).toBe(401);
  });

  it("refuses a wrong password and sets no cookie", async () => {
    const app = await load(PASSWORD);
    const wrong = await app.signIn("correct horse battery stapler");
    expect(wrong.status).toBe(401);
    expect(wrong.cookie).toBeUndefined();
  });
});

describe("sessions", () => {
  it("get a new random id at every sign-in, not a value derived from the password", async () => {
    const app = await load(PASSWORD);
    const first = (await app.signIn()).cookie!;
    const second = (await app.signIn()).cookie!;
    expect(first).not.toBe(second);
    expect(first.split("=")[1]).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it("end on the server at sign-out: the same cookie sent again is refused", async () => {
    const app = await load(PASSWORD);
    const { cookie } = await app.signIn();
    expect((await app.signOut(cookie!)).status).toBe(204);
    expect((await app.get(cookie)).status).toBe(401);
  });

  it("all end with sign out everywhere", async () => {
    const app = await load(PASSWORD);
    const laptop = (await app.signIn()).cookie!;
    const phone = (await app.signIn()).cookie!;
    expect((await app.signOut(laptop, true)).status).toBe(204);
    expect((await app.get(laptop)).status).toBe(401);
    expect((await app.get(phone)).status).toBe(401);
  });

  it("expire a week after sign-in however active, and after a day unused", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const app = await load(PASSWORD);
    const busy = (await app.signIn()).cookie!;
    for (let day = 1; day <= 6; day += 1) {
      vi.setSystemTime(Date.now() + 20 * 60 * 60 * 1000);
      expect((await app.get(busy)).status, `day ${day}`).toBe(200);
    }
    vi.setSystemTime(Date.now() + 2 * 24 * 60 * 60 * 1000);
    expect((await app.get(busy)).status).toBe(401);

    const idle = (await app.signIn()).cookie!;
    vi.setSystemTime(Date.now() + 25 * 60 * 60 * 1000);
    expect((await app.get(idle)).status).toBe(401);
  });

  it("all end when the password changes", async () => {
    const cookie = (await (await load(PASSWORD)).signIn()).cookie!;
    const changed = await load("another long password");
    expect((await changed.get(cookie)).status).toBe(401);
  });

  it("are stored as keyed hashes, with the key random and private in DATA_DIR", async () => {
    const app = await load(PASSWORD);
    const id = (await app.signIn()).cookie!.split("=")[1]!;
    const db = new Database(path.join(dataDir, "workspace", "workspace.db"), { readonly: true });
    const rows = db.prepare("SELECT * FROM sessions").all() as Record<string, unknown>[];
    db.close();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(id);
    expect(rows[0]).toMatchObject({ issued_at: expect.any(Number), expires_at: expect.any(Number) });
    const secrets = path.join(dataDir, "secrets");
    expect(statSync(secrets).mode & 0o777).toBe(0o700);
    for (const name of readdirSync(secrets)) {
      const file = path.join(secrets, name);
      expect(statSync(file).mode & 0o777, name).toBe(0o600);
      expect(readFileSync(file, "utf8").trim().length).toBeGreaterThanOrEqual(40);
    }
  });
});
