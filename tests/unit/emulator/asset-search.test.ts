// @vitest-environment node
import Database from "better-sqlite3";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { call, createGroup, KEY_A, KEY_B, testEmulator, type Json, type TestEmulator } from "./fixtures";
import { makeImage } from "./media";

// The asset list's keyword search runs on a trigram index (three characters or more) and on a
// plain scan below that; both must find the same things: any part of the name or the asset id,
// in any case, every character literal.

const dbFile = (env: TestEmulator) => path.join(env.dataDir, "emulator", "emulator.db");

async function library(names: string[]) {
  const env = testEmulator({ assetProcessingMs: 0 });
  const api = call(env.emulator, KEY_A);
  const ids: Record<string, string> = {};
  for (const name of names) {
    const uploaded = (await api.upload({ name }, { bytes: await makeImage() })).json.data as Json;
    ids[name] = uploaded.assetId as string;
  }
  const search = async (keyword: string, more = "") => {
    const response = await api.get(`/assets?size=100&keyword=${encodeURIComponent(keyword)}${more}`);
    const data = response.json.data as Json;
    const found = (data.list as Json[]).map((asset) => asset.name as string).sort();
    expect(data.total).toBe(found.length);
    return found;
  };
  return { env, api, ids, search };
}

describe("asset keyword search", () => {
  it("finds any part of a name or an asset id, in any case, newest first", async () => {
    const { ids, search, api } = await library(["Front view", "Side VIEW", "Back", "frontier"]);
    expect(await search("view")).toEqual(["Front view", "Side VIEW"]);
    expect(await search("ONT")).toEqual(["Front view", "frontier"]);
    expect(await search("nt vi")).toEqual(["Front view"]);
    expect(await search(ids.Back!.slice(7, 19))).toEqual(["Back"]);
    expect(await search(ids.Back!.toUpperCase())).toEqual(["Back"]);
    expect(await search("nothing like it")).toEqual([]);
    const newestFirst = (await api.get("/assets?keyword=front")).json.data as Json;
    expect((newestFirst.list as Json[]).map((asset) => asset.name)).toEqual(["frontier", "Front view"]);
  });

  it("short keywords (under three characters) find the same kind of matches", async () => {
    // Asset ids are ua_ and hex: these keywords can only match the names.
    const { search } = await library(["pq-1", "xPQ", "rs"]);
    expect(await search("pq")).toEqual(["pq-1", "xPQ"]);
    expect(await search("Q")).toEqual(["pq-1", "xPQ"]);
    expect(await search("-")).toEqual(["pq-1"]);
  });

  it("takes quotes, %, _, *, and search syntax literally", async () => {
    const { search } = await library(['say "hi" now', "100% real", "x_y_z", "xqy", "x OR y", "star*"]);
    expect(await search('"hi"')).toEqual(['say "hi" now']);
    expect(await search('y "h')).toEqual(['say "hi" now']);
    expect(await search("0% r")).toEqual(["100% real"]);
    expect(await search("%")).toEqual(["100% real"]);
    expect(await search("x_y")).toEqual(["x_y_z"]);
    expect(await search("x OR")).toEqual(["x OR y"]);
    expect(await search("OR")).toEqual(["x OR y"]);
    expect(await search("r*")).toEqual(["star*"]);
    expect(await search("NEAR(")).toEqual([]);
  });

  it("follows renames and deletions, stays within the tenant and combines with filters", async () => {
    const { env, ids, search, api } = await library(["Old name", "Keeper"]);
    expect((await api.patch(`/assets/${ids["Old name"]}`, { name: "New title" })).status).toBe(200);
    expect(await search("old name")).toEqual([]);
    expect(await search("w tit")).toEqual(["New title"]);
    expect((await api.delete(`/assets/${ids.Keeper}`)).status).toBe(200);
    expect(await search("keeper")).toEqual([]);

    await call(env.emulator, KEY_B).upload({ name: "New title too" }, { bytes: await makeImage() });
    expect(await search("new title")).toEqual(["New title"]);
    const group = await createGroup(env.emulator, KEY_A, "Portraits");
    await api.upload({ groupId: group, name: "New title in group" }, { bytes: await makeImage() });
    expect(await search("new title", `&groupId=${group}`)).toEqual(["New title in group"]);
  });

  it("a store written before the index existed is indexed when it is opened", async () => {
    const { env } = await library(["Before the index", "Another"]);
    await env.emulator.close();
    const db = new Database(dbFile(env));
    db.exec(
      "DROP TRIGGER assets_text_insert; DROP TRIGGER assets_text_delete; DROP TRIGGER assets_text_update;",
    );
    db.exec("DROP TABLE assets_text");
    db.close();
    await env.restart();
    const api = call(env.emulator, KEY_A);
    const found = (await api.get("/assets?keyword=the%20ind")).json.data as Json;
    expect((found.list as Json[]).map((asset) => asset.name)).toEqual(["Before the index"]);
  });

  it("uses the indexes: no scan of the assets table for a search, a group or a count", async () => {
    const { env, search } = await library(["Planned"]);
    expect(await search("plan")).toEqual(["Planned"]);
    const db = new Database(dbFile(env), { readonly: true });
    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((row) => row.detail);
    const searchPlan = plan(
      "SELECT COUNT(*) FROM assets a WHERE a.tenant_id = 1 AND a.id IN (SELECT rowid FROM assets_text WHERE assets_text MATCH '\"plan\"')",
    );
    expect(searchPlan.join(" | ")).toMatch(/assets_text VIRTUAL TABLE/);
    expect(searchPlan.join(" | ")).not.toMatch(/SCAN a\b/);
    const groupPlan = plan("SELECT COUNT(*) FROM assets a WHERE a.tenant_id = 1 AND a.group_seq = 1");
    expect(groupPlan.join(" | ")).toMatch(/COVERING INDEX assets_by_group_tenant/);
    db.close();
  });
});
