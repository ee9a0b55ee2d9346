// @vitest-environment node
import Database from "better-sqlite3";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MIGRATIONS } from "@/lib/workspace/migrations";
import { openWorkspace, WORKSPACE_FILE, type Workspace } from "@/lib/workspace/open-workspace";
import { runMigrations } from "@/lib/workspace/run-migrations";
import type { NewTask } from "@/lib/workspace/tasks-repo";

// The task index on a real SQLite file in a temp dir: rows go in whole, come back as written,
// page in history order, and the schema arrives both on an empty store and on one from the
// previous version that already holds sessions.

let dataDir: string;
let workspace: Workspace | undefined;
beforeEach(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), "tasks-repo-"));
});
afterEach(() => {
  workspace?.close();
  workspace = undefined;
  rmSync(dataDir, { recursive: true, force: true });
});

const open = () => (workspace = openWorkspace(dataDir));

function task(overrides: Partial<NewTask> = {}): NewTask {
  return {
    provider: "emulator",
    taskId: "vid_1",
    model: "seedance-2.0",
    mode: "extend_video",
    request: { model: "seedance-2.0", prompt: "Extend <Video 1>, the boat reaches a waterfall" },
    inputAssetIds: ["ta_0123"],
    sourceVideoIds: ["vid_0"],
    createdAt: 1_000,
    recordedAt: 1_010,
    status: "queued",
    progress: 0,
    parameters: { duration: 5 },
    durationSeconds: null,
    hasLastFrame: false,
    outputVideoUrl: null,
    outputLastFrameUrl: null,
    error: null,
    updatedAt: 1_000,
    ...overrides,
  };
}

describe("the task index", () => {
  it("gives a row back exactly as it was written, the request included", () => {
    const { tasks } = open();
    tasks.insert(task());
    expect(tasks.find("emulator", "vid_1")).toEqual({ ...task(), providerListed: true, finishedAt: null });
    expect(tasks.find("token360", "vid_1")).toBeUndefined();
  });

  it("refuses a second row for the same provider task and keeps the first", () => {
    const { tasks } = open();
    tasks.insert(task());
    expect(() => tasks.insert(task({ mode: "edit_video" }))).toThrow(/UNIQUE/);
    expect(tasks.find("emulator", "vid_1")?.mode).toBe("extend_video");
  });

  it("refuses a row without the request or with an unknown status, leaving nothing behind", () => {
    const { tasks, db } = open();
    expect(() => tasks.insert(task({ request: undefined }))).toThrow(/NOT NULL/);
    expect(() => tasks.insert(task({ status: "lost" as NewTask["status"] }))).toThrow(/CHECK/);
    expect(db.prepare("SELECT COUNT(*) FROM video_tasks").pluck().get()).toBe(0);
  });

  it("takes the provider's new state, keeps output URLs it stops reporting, and marks a forgotten task", () => {
    const { tasks } = open();
    tasks.insert(task());
    const done = {
      ...task(),
      status: "completed" as const,
      progress: 100,
      durationSeconds: 5,
      outputVideoUrl: "https://cdn.example/v.mp4",
      updatedAt: 5_000,
    };
    expect(tasks.updateState("emulator", "vid_1", done)).toBe(true);
    expect(tasks.updateState("emulator", "vid_1", { ...done, outputVideoUrl: null }, false)).toBe(true);
    expect(tasks.find("emulator", "vid_1")).toMatchObject({
      status: "completed",
      progress: 100,
      outputVideoUrl: "https://cdn.example/v.mp4",
      providerListed: false,
      finishedAt: 5_000,
      mode: "extend_video",
    });
    expect(tasks.updateState("emulator", "vid_missing", done)).toBe(false);
  });

  it("pages newest first by creation time, then by id, and says when more follow", () => {
    const { tasks } = open();
    for (const [id, at] of [
      ["a", 1],
      ["b", 3],
      ["c", 2],
      ["d", 3],
      ["e", 4],
    ] as const)
      tasks.insert(task({ taskId: id, createdAt: at }));
    tasks.insert(task({ provider: "token360", taskId: "x", createdAt: 9 }));

    const first = tasks.page("emulator", { limit: 2, order: "desc" });
    expect(first.rows.map((row) => row.taskId)).toEqual(["e", "d"]);
    expect(first.hasMore).toBe(true);
    const second = tasks.page("emulator", { limit: 2, order: "desc", after: { createdAt: 3, taskId: "d" } });
    expect(second.rows.map((row) => row.taskId)).toEqual(["b", "c"]);
    const last = tasks.page("emulator", { limit: 2, order: "desc", after: { createdAt: 2, taskId: "c" } });
    expect(last).toMatchObject({ hasMore: false });
    expect(last.rows.map((row) => row.taskId)).toEqual(["a"]);
    const oldest = tasks.page("emulator", { limit: 3, order: "asc" });
    expect(oldest.rows.map((row) => row.taskId)).toEqual(["a", "c", "b"]);
  });

  it("deletes one row", () => {
    const { tasks } = open();
    tasks.insert(task());
    tasks.insert(task({ taskId: "vid_2" }));
    tasks.delete("emulator", "vid_1");
    expect(tasks.find("emulator", "vid_1")).toBeUndefined();
    expect(tasks.find("emulator", "vid_2")).toBeDefined();
  });
});

describe("the task index migration", () => {
  it("creates the table on an empty store", () => {
    const { db } = open();
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(["sessions", "video_tasks", "schema_migrations"]));
    expect(db.prepare("SELECT MAX(version) FROM schema_migrations").pluck().get()).toBe(
      Math.max(...MIGRATIONS.map((m) => m.version)),
    );
  });

  it("upgrades a store of the previous version, keeping its sessions", () => {
    const file = path.join(dataDir, WORKSPACE_FILE);
    openWorkspace(dataDir).close();
    // Back to the previous version: only the sessions migration applied, one session in it.
    const old = new Database(file);
    // Every later table goes, newest first (later ones may refer to video_tasks).
    const later = old
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('sessions', 'schema_migrations') ORDER BY rowid DESC",
      )
      .pluck()
      .all() as string[];
    for (const name of later) old.exec(`DROP TABLE ${name}`);
    old.exec("DELETE FROM schema_migrations WHERE version > 1");
    old.prepare("INSERT INTO sessions VALUES ('hash', 'tag', 1, 1, 9999999999999)").run();
    expect(old.prepare("SELECT name FROM sqlite_master WHERE name = 'video_tasks'").get()).toBeUndefined();
    old.close();

    const { db, sessions, tasks } = open();
    expect(sessions.find("hash")).toMatchObject({ password_tag: "tag" });
    tasks.insert(task());
    expect(tasks.find("emulator", "vid_1")?.taskId).toBe("vid_1");
    expect(db.prepare("SELECT version FROM schema_migrations ORDER BY version").pluck().all()).toEqual(
      MIGRATIONS.map((m) => m.version).sort((a, b) => a - b),
    );
  });

  it("is applied once even when run again over a migrated store", () => {
    const db = new Database(path.join(dataDir, "store.db"));
    runMigrations(db, MIGRATIONS);
    runMigrations(db, MIGRATIONS);
    expect(db.prepare("SELECT COUNT(*) FROM schema_migrations").pluck().get()).toBe(MIGRATIONS.length);
    db.close();
  });
});
