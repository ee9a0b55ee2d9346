// @vitest-environment node
import Database from "better-sqlite3";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openWorkspace, WORKSPACE_FILE, type Workspace } from "@/lib/workspace/open-workspace";
import type { NewTask } from "@/lib/workspace/tasks-repo";
import { newTask } from "./new-task";

// Lineage on a real SQLite file: the inputs are written with their task, read back by kind,
// found from the asset's side newest first, counted, and gone with the task; a store from
// before the lineage step gets its assets and earlier videos from the lists it already kept.

let dataDir: string;
let workspace: Workspace | undefined;
beforeEach(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), "task-lineage-"));
});
afterEach(() => {
  workspace?.close();
  workspace = undefined;
  rmSync(dataDir, { recursive: true, force: true });
});

const open = () => (workspace = openWorkspace(dataDir));

function task(taskId: string, createdAt: number, overrides: Partial<NewTask> = {}): NewTask {
  return newTask(taskId, {
    mode: "first_frame",
    request: { model: "seedance-2.0", prompt: taskId },
    createdAt,
    recordedAt: createdAt,
    updatedAt: createdAt,
    ...overrides,
  });
}

describe("task lineage", () => {
  it("keeps each task's assets, earlier videos and local files in the order the request named them", () => {
    const { tasks } = open();
    tasks.insert(
      task("vid_2", 2_000, {
        inputAssetIds: ["asset-b", "asset-a"],
        sourceVideoIds: ["vid_1"],
        inputFileNames: ["beach at dusk.mov", "voice.mp3"],
      }),
    );
    expect(tasks.lineage.inputsOf("emulator", "vid_2")).toEqual({
      assetIds: ["asset-b", "asset-a"],
      sourceVideoIds: ["vid_1"],
      fileNames: ["beach at dusk.mov", "voice.mp3"],
    });
    expect(tasks.lineage.inputsOf("emulator", "vid_none")).toEqual({
      assetIds: [],
      sourceVideoIds: [],
      fileNames: [],
    });
  });

  it("lists the videos made with an asset newest first, for the current provider only, and counts them", () => {
    const { tasks } = open();
    tasks.insert(task("vid_old", 1_000, { inputAssetIds: ["asset-a"] }));
    tasks.insert(task("vid_new", 3_000, { inputAssetIds: ["asset-a", "asset-b"] }));
    tasks.insert(task("vid_other", 2_000, { inputAssetIds: ["asset-b"] }));
    tasks.insert(task("vid_ark", 4_000, { provider: "ark", inputAssetIds: ["asset-a"] }));

    expect(tasks.lineage.usesOf("emulator", "asset", "asset-a", 10)).toEqual([
      { taskId: "vid_new", createdAt: 3_000 },
      { taskId: "vid_old", createdAt: 1_000 },
    ]);
    expect(tasks.lineage.usesOf("emulator", "asset", "asset-a", 1).map((use) => use.taskId)).toEqual([
      "vid_new",
    ]);
    expect(tasks.lineage.countUses("emulator", "asset", "asset-a")).toBe(2);
    expect(tasks.lineage.countUses("emulator", "asset", "asset-c")).toBe(0);
    expect(tasks.lineage.usesOf("emulator", "video", "vid_old", 10)).toEqual([]);
  });

  it("drops a task's inputs with the task, so a deleted video no longer counts as a use", () => {
    const { tasks } = open();
    tasks.insert(task("vid_1", 1_000, { inputAssetIds: ["asset-a"], inputFileNames: ["me.png"] }));
    tasks.delete("emulator", "vid_1");
    expect(tasks.lineage.countUses("emulator", "asset", "asset-a")).toBe(0);
    expect(tasks.lineage.inputsOf("emulator", "vid_1").fileNames).toEqual([]);
  });

  it("writes nothing of a task whose inputs cannot be written: the row and its lineage go in together", () => {
    const { tasks, db } = open();
    db.exec(
      "CREATE TRIGGER refuse_files BEFORE INSERT ON task_inputs WHEN NEW.kind = 'file' BEGIN SELECT RAISE(ABORT, 'no files'); END",
    );
    expect(() =>
      tasks.insert(task("vid_1", 1_000, { inputAssetIds: ["asset-a"], inputFileNames: ["x.png"] })),
    ).toThrow("no files");
    expect(tasks.find("emulator", "vid_1")).toBeUndefined();
    expect(tasks.lineage.countUses("emulator", "asset", "asset-a")).toBe(0);
  });

  it("fills the lineage of tasks recorded before the lineage step from the lists they kept", () => {
    const file = path.join(dataDir, WORKSPACE_FILE);
    openWorkspace(dataDir).close();
    const old = new Database(file);
    old.exec("DROP TABLE task_inputs; DELETE FROM schema_migrations WHERE version = 4");
    old
      .prepare(
        `INSERT INTO video_tasks (provider, task_id, model, request_json, input_asset_ids, source_video_ids,
         status, created_at, recorded_at, updated_at) VALUES ('emulator', 'vid_9', 'seedance-2.0', '{}',
         '["asset-a","asset-b"]', '["vid_8"]', 'completed', 5, 5, 5)`,
      )
      .run();
    old.close();

    const { tasks } = open();
    expect(tasks.lineage.inputsOf("emulator", "vid_9")).toEqual({
      assetIds: ["asset-a", "asset-b"],
      sourceVideoIds: ["vid_8"],
      fileNames: [],
    });
    expect(tasks.lineage.usesOf("emulator", "video", "vid_8", 5)).toEqual([
      { taskId: "vid_9", createdAt: 5 },
    ]);
  });
});
