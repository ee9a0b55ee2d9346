// @vitest-environment node
import { describe, expect, it } from "vitest";
import { call, KEY_A, ORIGIN, testEmulator, type Json, type TestEmulator } from "./fixtures";
import { makeImage } from "./media";

function clock(start = Date.parse("2026-01-01T00:00:00Z")) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

async function createRealFace(env: TestEmulator) {
  const res = await call(env.emulator, KEY_A).post("/asset-groups", {
    name: "Alice",
    groupKind: "REAL_FACE",
  });
  return res.json.data as Json;
}

const decide = (env: TestEmulator, link: string, decision: string) =>
  env.emulator.fetch(
    new Request(link, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: `decision=${decision}`,
      redirect: "manual",
    }),
  );

describe("Real Face verification", () => {
  it("starts pending with an h5Link valid for the configured time, then passes", async () => {
    const time = clock();
    const env = testEmulator({ now: time.now });
    const group = await createRealFace(env);
    expect(group.status).toBe("pending_validation");
    expect(group.h5Link).toMatch(new RegExp(`^${ORIGIN}/emulator/verify/[0-9a-f]{32}$`));
    expect(Date.parse(group.h5LinkExpiresAt as string) - time.now()).toBe(120_000);

    const page = await env.emulator.fetch(new Request(group.h5Link as string));
    const html = await page.text();
    expect(page.headers.get("content-type")).toContain("text/html");
    expect(html).toContain("Alice");
    expect(html).toContain("Pass verification");
    expect(html).toContain("Fail verification");
    expect(html).toContain("2:00");

    const api = call(env.emulator, KEY_A);
    const early = await api.upload({ groupId: group.groupId as string }, { bytes: await makeImage() });
    expect(early.status).toBe(409);
    expect(early.json.msg).toBe("Asset group is not active");

    const posted = await decide(env, group.h5Link as string, "pass");
    expect(posted.status).toBe(303);
    const after = (await api.get(`/asset-groups/${group.groupId as string}`)).json.data as Json;
    expect(after).toMatchObject({ status: "active", h5Link: null });
    const upload = await api.upload({ groupId: group.groupId as string }, { bytes: await makeImage() });
    expect(upload.status).toBe(200);
    expect((upload.json.data as Json).assetId).toMatch(/^ta_[0-9a-f]{32}$/);
    expect((await decide(env, group.h5Link as string, "fail")).status).toBe(409);
  });

  it("marks the group failed when verification fails", async () => {
    const env = testEmulator();
    const group = await createRealFace(env);
    await decide(env, group.h5Link as string, "fail");
    const after = (await call(env.emulator, KEY_A).get(`/asset-groups/${group.groupId as string}`)).json
      .data as Json;
    expect(after.status).toBe("failed");
    const page = await (await env.emulator.fetch(new Request(group.h5Link as string))).text();
    expect(page).toContain("Verification failed");
  });

  it("expires the link after the TTL: status expired, page says so, uploads refused", async () => {
    const time = clock();
    const env = testEmulator({ now: time.now, h5LinkTtlSeconds: 120 });
    const group = await createRealFace(env);
    time.advance(119_000);
    const almost = await (await env.emulator.fetch(new Request(group.h5Link as string))).text();
    expect(almost).toContain("0:01");
    time.advance(2_000);
    const api = call(env.emulator, KEY_A);
    expect(((await api.get(`/asset-groups/${group.groupId as string}`)).json.data as Json).status).toBe(
      "expired",
    );
    expect(((await api.get("/asset-groups?status=expired")).json.data as Json).total).toBe(1);
    const page = await env.emulator.fetch(new Request(group.h5Link as string));
    expect(page.status).toBe(410);
    expect(await page.text()).toContain("expired");
    expect((await decide(env, group.h5Link as string, "pass")).status).toBe(410);
    expect(
      (await api.upload({ groupId: group.groupId as string }, { bytes: await makeImage() })).status,
    ).toBe(409);
  });

  it("answers an unknown link with a 404 page", async () => {
    const env = testEmulator();
    const res = await env.emulator.fetch(new Request(`${ORIGIN}/emulator/verify/${"0".repeat(32)}`));
    expect(res.status).toBe(404);
    expect(await res.text()).toContain("not valid");
  });
});
