// @vitest-environment node
import { describe, expect, it } from "vitest";
import { call, KEY_A, KEY_B, testEmulator, type Json } from "./fixtures";

describe("asset groups", () => {
  it("refuses missing and malformed keys with the documented 401 body", async () => {
    const env = testEmulator();
    for (const key of [null, "not-a-key", "sk-short"]) {
      const res = await call(env.emulator, key).get("/asset-groups");
      expect(res.status).toBe(401);
      expect(res.json).toEqual({
        error: { message: "Invalid API key or token provided", type: "invalid_api_key", code: "401" },
      });
    }
  });

  it("creates a Virtual Portrait group that is active at once with no fixed expiry", async () => {
    const env = testEmulator();
    const res = await call(env.emulator, KEY_A).post("/asset-groups", {
      name: "Hero",
      groupKind: "VIRTUAL_PORTRAIT",
    });
    expect(res.status).toBe(200);
    expect(res.json.code).toBe(0);
    const group = res.json.data as Json;
    expect(group).toMatchObject({
      name: "Hero",
      groupKind: "VIRTUAL_PORTRAIT",
      status: "active",
      retention: "No fixed expiry",
      assetCount: 0,
      h5Link: null,
    });
    expect(group.groupId).toBe(group.assetGroupId);
  });

  it.each([
    ["AIGC", "VIRTUAL_PORTRAIT", "active"],
    ["REAL_PERSON", "REAL_FACE", "pending_validation"],
    ["LIVENESS_FACE", "REAL_FACE", "pending_validation"],
    ["GENERAL", "GENERIC", "active"],
    ["generic", "GENERIC", "active"],
  ])("accepts the %s spelling as %s", async (spelling, kind, status) => {
    const env = testEmulator();
    const res = await call(env.emulator, KEY_A).post("/asset-groups", { name: "g", groupKind: spelling });
    expect(res.json.data).toMatchObject({ groupKind: kind, status });
  });

  it("answers bad bodies with the console envelope and a 4xx", async () => {
    const env = testEmulator();
    const api = call(env.emulator, KEY_A);
    const malformed = await api.raw("/asset-groups", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: "{nope",
    });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ code: 400, data: null, serviceCode: "invalid_json" });
    const form = await api.raw("/asset-groups", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "name=x",
    });
    expect(form.status).toBe(415);
    expect((await api.post("/asset-groups", { name: 5 })).status).toBe(400);
    expect((await api.post("/asset-groups", { name: "x", groupKind: "ALIEN" })).status).toBe(400);
    expect((await api.get("/asset-groups?current=abc")).status).toBe(400);
  });

  it("renames, tolerates other PATCH fields, and deletes with the documented payload", async () => {
    const env = testEmulator();
    const api = call(env.emulator, KEY_A);
    const id = (
      (await api.post("/asset-groups", { name: "Old", groupKind: "VIRTUAL_PORTRAIT" })).json.data as Json
    ).groupId;
    const patched = await api.patch(`/asset-groups/${id}`, {
      name: "New",
      status: "failed",
      description: "ignored",
    });
    expect(patched.json.data).toMatchObject({ name: "New", status: "active" });
    const deleted = await api.delete(`/asset-groups/${id}`);
    expect(deleted.json).toEqual({
      code: 0,
      data: "Deleted successfully",
      msg: "Asset group deleted",
      serviceCode: null,
    });
    expect((await api.get(`/asset-groups/${id}`)).status).toBe(404);
  });

  it("keeps each key's groups invisible to other keys", async () => {
    const env = testEmulator();
    const a = call(env.emulator, KEY_A);
    const b = call(env.emulator, KEY_B);
    const id = (
      (await a.post("/asset-groups", { name: "Mine", groupKind: "VIRTUAL_PORTRAIT" })).json.data as Json
    ).groupId;
    expect((await b.get(`/asset-groups/${id}`)).status).toBe(404);
    expect((await b.patch(`/asset-groups/${id}`, { name: "x" })).status).toBe(404);
    expect((await b.delete(`/asset-groups/${id}`)).status).toBe(404);
    expect(((await b.get("/asset-groups")).json.data as Json).total).toBe(0);
    expect(((await a.get("/asset-groups")).json.data as Json).total).toBe(1);
  });

  it("pages and filters the list, returning every documented list shape", async () => {
    const env = testEmulator();
    const api = call(env.emulator, KEY_A);
    for (let i = 0; i < 5; i++)
      await api.post("/asset-groups", { name: `Portrait ${i}`, groupKind: "VIRTUAL_PORTRAIT" });
    await api.post("/asset-groups", { name: "Face", groupKind: "REAL_FACE" });
    const page = (await api.get("/asset-groups?current=2&size=2")).json.data as Json;
    expect(page.total).toBe(6);
    expect(page.pagination).toEqual({ current: 2, size: 2, total: 6, pages: 3 });
    expect(page.list).toEqual(page.records);
    expect((page.list as Json[]).map((g) => g.name)).toEqual(["Portrait 3", "Portrait 2"]);
    const faces = (await api.get("/asset-groups?groupKind=REAL_PERSON")).json.data as Json;
    expect((faces.list as Json[]).map((g) => g.name)).toEqual(["Face"]);
    const pending = (await api.get("/asset-groups?status=pending_validation")).json.data as Json;
    expect(pending.total).toBe(1);
    const keyword = (await api.get("/asset-groups?keyword=portrait%204")).json.data as Json;
    expect(keyword.total).toBe(1);
    const first = (page.list as Json[])[0]!;
    const byId = (await api.get(`/asset-groups?keyword=${first.groupId as string}`)).json.data as Json;
    expect(byId.total).toBe(1);
    expect(((await api.get("/asset-groups?size=1000")).json.data as Json).size).toBe(100);
  });
});
