// @vitest-environment node
import { describe, expect, it } from "vitest";
import { ADMIN_TOKEN, emulatorForTest } from "./emulator-harness";

// Item 7: the admin routes (fault injection, wiping every tenant) take no request without the
// admin token, and none that a browser marks as coming from another site.

const reset = (headers: Record<string, string>) => ({ "x-admin-token": ADMIN_TOKEN, ...headers });

describe("the emulator's admin routes", () => {
  it("refuse a request without the admin token, or with a wrong one", async () => {
    const { send } = emulatorForTest({ admin: true, adminToken: ADMIN_TOKEN });
    expect((await send("POST", "/_admin/reset", { wipe: true })).status).toBe(401);
    expect((await send("POST", "/_admin/reset", { wipe: true }, { "x-admin-token": "guess" })).status).toBe(
      401,
    );
    expect((await send("GET", "/_admin/faults")).status).toBe(401);
  });

  it("refuse a cross-site request even with the token", async () => {
    const { send } = emulatorForTest({ admin: true, adminToken: ADMIN_TOKEN });
    const crossSite = await send(
      "POST",
      "/_admin/reset",
      { wipe: true },
      reset({ "sec-fetch-site": "cross-site" }),
    );
    expect(crossSite.status).toBe(403);
    const foreignOrigin = await send(
      "POST",
      "/_admin/faults",
      { fault: "500" },
      reset({ host: "emulator.test", origin: "https://evil.example" }),
    );
    expect(foreignOrigin.status).toBe(403);
  });

  it("serve a same-origin request, or a script's, that carries the token", async () => {
    const { send } = emulatorForTest({ admin: true, adminToken: ADMIN_TOKEN });
    const fromPage = await send(
      "POST",
      "/_admin/faults",
      { fault: "500" },
      reset({ "sec-fetch-site": "same-origin" }),
    );
    expect(fromPage.status).toBe(200);
    const fromScript = await send("POST", "/_admin/reset", { wipe: true }, reset({}));
    expect(fromScript.json).toMatchObject({ wiped: true });
  });

  it("refuse everything when no token was configured", async () => {
    const { send } = emulatorForTest({ admin: true });
    expect((await send("POST", "/_admin/reset", {}, { "x-admin-token": "" })).status).toBe(401);
  });
});
