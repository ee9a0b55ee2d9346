// @vitest-environment node
import Database from "better-sqlite3";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { call, createGroup, KEY_A, KEY_B, testEmulator, type Json, type TestEmulator } from "./fixtures";
import { makeImage } from "./media";

/** Bulk rows straight into SQLite: 10,000 uploads through HTTP would only measure sharp. */
function seedAssets(
  env: TestEmulator,
  tenantId: number,
  groupSeq: number | null,
  count: number,
  prefix: string,
  offset: number,
) {
  const now = Date.now();
  const db = new Database(path.join(env.dataDir, "emulator", "emulator.db"));
  const insert =
    db.prepare(`INSERT INTO assets (asset_id, tenant_id, group_seq, kind, media_type, name, filename, mime_type,
    file_type, size_bytes, width, height, file_name, thumb_name, ready_at, outcome, failure_reason, retention_days, expires_at,
    created_at, updated_at) VALUES (?, ?, ?, ?, 'image', ?, 'x.png', 'image/png', 'png', 100, 640, 480, ?, NULL, ?, ?, NULL, NULL, NULL, ?, ?)`);
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const id = `ta_${(offset + i).toString(16).padStart(32, "0")}`;
      const readyAt = i % 10 === 0 ? now + 3_600_000 : now - 1000;
      insert.run(
        id,
        tenantId,
        groupSeq,
        groupSeq ? "VIRTUAL_PORTRAIT" : "GENERIC",
        `${prefix} ${i}`,
        `${id}.png`,
        readyAt,
        i % 7 === 0 ? "failed" : "active",
        now,
        now,
      );
    }
  })();
  db.close();
}

describe("asset list", () => {
  it("filters by group, kind, status, media type and keyword (name or id), newest first", async () => {
    const env = testEmulator({ assetProcessingMs: 3_600_000 });
    const api = call(env.emulator, KEY_A);
    const group = await createGroup(env.emulator, KEY_A);
    const inGroup = (await api.upload({ groupId: group, name: "Front view" }, { bytes: await makeImage() }))
      .json.data as Json;
    const loose = (await api.upload({ name: "Side view" }, { bytes: await makeImage() })).json.data as Json;
    await call(env.emulator, KEY_B).upload({ name: "Front view" }, { bytes: await makeImage() });

    const all = (await api.get("/assets")).json.data as Json;
    expect((all.list as Json[]).map((a) => a.assetId)).toEqual([loose.assetId, inGroup.assetId]);
    expect(all.records).toEqual(all.list);
    const names = async (query: string) =>
      (((await api.get(`/assets?${query}`)).json.data as Json).list as Json[]).map((a) => a.name);
    expect(await names(`groupId=${group}`)).toEqual(["Front view"]);
    expect(await names(`assetGroupId=${group}`)).toEqual(["Front view"]);
    expect(await names("groupId=grp_ffffffffffffffff")).toEqual([]);
    expect(await names("groupKind=AIGC")).toEqual(["Front view"]);
    expect(await names("assetKind=GENERIC")).toEqual(["Side view"]);
    expect(await names("status=processing")).toEqual(["Side view", "Front view"]);
    expect(await names("status=active")).toEqual([]);
    expect(await names("mediaType=image&keyword=side")).toEqual(["Side view"]);
    expect(await names(`keyword=${(inGroup.assetId as string).slice(5, 20)}`)).toEqual(["Front view"]);
    expect(await names("keyword=%25")).toEqual([]);
    expect((await api.get("/assets?status=bogus")).status).toBe(400);
    expect((await api.get("/assets?mediaType=pdf")).status).toBe(400);
    expect((await api.get("/assets?size=0")).status).toBe(400);
  });

  it("stays fast with 10,000+ rows", async () => {
    const env = testEmulator();
    const api = call(env.emulator, KEY_A);
    const groupRes = (await api.post("/asset-groups", { name: "Bulk", groupKind: "VIRTUAL_PORTRAIT" })).json
      .data as Json;
    await call(env.emulator, KEY_B).get("/assets");
    const db = new Database(path.join(env.dataDir, "emulator", "emulator.db"), { readonly: true });
    const seq = db
      .prepare("SELECT seq FROM asset_groups WHERE group_id = ?")
      .pluck()
      .get(groupRes.groupId) as number;
    db.close();
    seedAssets(env, 1, seq, 6000, "Portrait", 0);
    seedAssets(env, 1, null, 5000, "Upload", 10_000);
    seedAssets(env, 2, null, 3000, "Other", 20_000);

    const timed = async (query: string) => {
      const started = performance.now();
      const res = await api.get(`/assets?${query}`);
      return { ms: performance.now() - started, data: res.json.data as Json };
    };
    await timed("size=1"); // warm the statement cache
    const first = await timed("size=100");
    expect(first.data.total).toBe(11_000);
    expect(first.data.list as Json[]).toHaveLength(100);
    const deep = await timed("current=100&size=100");
    // Newest first: the 5,000 uploads, then portraits from the newest down.
    expect((deep.data.list as Json[])[0]!.name).toBe("Portrait 1099");
    const filtered = await timed(`groupId=${groupRes.groupId as string}&status=failed&keyword=portrait 1`);
    expect(filtered.data.total).toBeGreaterThan(0);
    const group = (await api.get(`/asset-groups/${groupRes.groupId as string}`)).json.data as Json;
    expect(group.assetCount).toBe(6000);
    for (const t of [first, deep, filtered]) expect(t.ms).toBeLessThan(250);
  });
});
