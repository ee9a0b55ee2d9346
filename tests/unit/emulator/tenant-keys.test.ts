// @vitest-environment node
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { openDatabase } from "@/lib/emulator/db/open-database";
import { createTenantRepo } from "@/lib/emulator/db/tenants";
import { ADMIN_HEADERS, call, createGroup, KEY_A, KEY_B, testEmulator, type Json } from "./fixtures";

const KEY_EXTRA = "sk-extra-key-for-tenant-a-0123";

function repo() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "tenant-keys-"));
  const db = openDatabase(path.join(dir, "emulator.db"));
  onTestFinished(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return { db, tenants: createTenantRepo(db, () => 1) };
}

describe("tenant keys", () => {
  it("an added key reaches the same tenant, and only a hash of it is stored", () => {
    const { db, tenants } = repo();
    const a = tenants.forKey(KEY_A);
    const b = tenants.forKey(KEY_B);
    expect(tenants.addKey(KEY_A, KEY_EXTRA)).toBe(true);
    expect(tenants.forKey(KEY_EXTRA)).toEqual(a);
    expect(tenants.forKey(KEY_B)).toEqual(b);
    expect(b.id).not.toBe(a.id);
    const stored = JSON.stringify(db.prepare("SELECT * FROM tenant_keys").all());
    expect(stored).not.toContain(KEY_EXTRA);
  });

  it("a key that already has a tenant is not added, nor moved onto", () => {
    const { tenants } = repo();
    const b = tenants.forKey(KEY_B);
    expect(tenants.addKey(KEY_A, KEY_B)).toBe(false);
    expect(tenants.forKey(KEY_B)).toEqual(b);
    expect(tenants.addKey(KEY_A, KEY_EXTRA)).toBe(true);
    expect(tenants.addKey(KEY_B, KEY_EXTRA)).toBe(false);
    expect(tenants.moveKey(KEY_B, KEY_EXTRA)).toBe(false);
    expect(tenants.forKey(KEY_EXTRA)).toEqual(tenants.forKey(KEY_A));
  });

  it("through the API, both keys see one library; a wipe forgets the added key", async () => {
    const env = testEmulator();
    const groupId = await createGroup(env.emulator, KEY_A, "Shared");
    // Another process (a script on the same data dir) adds the key while the emulator is down.
    await env.emulator.close();
    const db = openDatabase(path.join(env.dataDir, "emulator", "emulator.db"));
    createTenantRepo(db, Date.now).addKey(KEY_A, KEY_EXTRA);
    db.close();
    const emulator = await env.restart();

    const seen = await call(emulator, KEY_EXTRA).get("/asset-groups");
    const ids = ((seen.json.data as Json).list as Json[]).map((group) => group.groupId);
    expect(ids).toEqual([groupId]);
    const other = await call(emulator, KEY_B).get("/asset-groups");
    expect((other.json.data as Json).total).toBe(0);

    const reset = await call(emulator, null).raw("http://emulator.test/emulator/_admin/reset", {
      method: "POST",
      headers: { ...ADMIN_HEADERS, "Content-Type": "application/json" },
      body: JSON.stringify({ wipe: true }),
    });
    expect(reset.status).toBe(200);
    const check = openDatabase(path.join(env.dataDir, "emulator", "emulator.db"));
    expect(check.prepare("SELECT COUNT(*) FROM tenant_keys").pluck().get()).toBe(0);
    check.close();
  });
});
