// @vitest-environment node
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { listVideoTasks } from "@/lib/api/list-video-tasks";
import type { ProviderTask, TaskProvider } from "@/lib/api/task-provider";
import type { VideoTaskRecord } from "@/lib/schemas/video";
import { openWorkspace, type Workspace } from "@/lib/workspace/open-workspace";
import type { NewTask } from "@/lib/workspace/tasks-repo";
import { newTask } from "../workspace/new-task";

// The history over a real task index (SQLite in a temp dir) and a provider at the seam: one
// with a list, one without (LaoZhang's relay), one that forgot a task. What the provider says
// about a task is written back to the index.

let dataDir: string;
let workspace: Workspace;
beforeEach(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), "list-tasks-"));
  workspace = openWorkspace(dataDir);
});
afterEach(() => {
  workspace.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const QUERY = { limit: 10, order: "desc" } as const;
const legacyDir = () => path.join(dataDir, "bff", "video-requests");
const sources = (at: TaskProvider) => ({ provider: at, repo: workspace.tasks, legacyDir: legacyDir() });

function row(taskId: string, minute: number, overrides: Partial<NewTask> = {}): NewTask {
  const at = Date.UTC(2026, 0, 1, 0, minute);
  return newTask(taskId, {
    provider: "test",
    mode: "stitch_video",
    request: { model: "seedance-2.0", prompt: `prompt ${taskId}` },
    createdAt: at,
    recordedAt: at,
    hasLastFrame: false,
    updatedAt: at,
    ...overrides,
  });
}

function record(id: string, minute: number, overrides: Partial<VideoTaskRecord> = {}): VideoTaskRecord {
  return {
    id,
    status: "completed",
    progress: 100,
    model: "seedance-2.0",
    prompt: `prompt ${id}`,
    mode: "multimodal_reference",
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString(),
    updatedAt: null,
    parameters: {
      duration: 5,
      resolution: "720p",
      aspectRatio: null,
      generateAudio: null,
      seed: null,
      watermark: null,
    },
    durationSeconds: 5,
    hasLastFrame: false,
    error: null,
    ...overrides,
  };
}

/** A provider at the seam; `list` absent means it has no list endpoint. */
function provider(tasks: VideoTaskRecord[], withList: boolean): TaskProvider & { gets: string[] } {
  const gets: string[] = [];
  const byId = new Map(tasks.map((task) => [task.id, task]));
  const unused = () => Promise.reject(new Error("not used here"));
  return {
    name: "test",
    label: "Test provider",
    assetLibrary: false,
    gets,
    createTask: unused,
    deleteTask: unused,
    openContent: unused,
    openLastFrame: unused,
    sourceUrl: unused,
    async getTask(taskId): Promise<ProviderTask | null> {
      gets.push(taskId);
      const found = byId.get(taskId);
      return found
        ? { record: found, outputs: { video: `https://cdn.example/${taskId}.mp4`, lastFrame: null } }
        : null;
    },
    listTasks: withList
      ? async () => ({
          items: tasks,
          hasMore: false,
          firstId: tasks[0]?.id ?? null,
          lastId: tasks.at(-1)?.id ?? null,
        })
      : undefined,
  };
}

describe("the history over the task index", () => {
  it("follows live tasks one GET each when the provider has no list, and writes what it learnt", async () => {
    workspace.tasks.insert(row("live", 2, { status: "in_progress", progress: 10 }));
    workspace.tasks.insert(row("done", 1));
    const relay = provider([record("live", 2, { status: "completed" })], false);

    const page = await listVideoTasks(QUERY, sources(relay));

    expect(
      page.items.map(({ id, status, mode, providerListed }) => ({ id, status, mode, providerListed })),
    ).toEqual([
      { id: "live", status: "completed", mode: "stitch_video", providerListed: null },
      { id: "done", status: "completed", mode: "stitch_video", providerListed: null },
    ]);
    expect(relay.gets).toEqual(["live"]);
    expect(workspace.tasks.find("test", "live")).toMatchObject({
      status: "completed",
      outputVideoUrl: "https://cdn.example/live.mp4",
    });
  });

  it("keeps finished tasks the provider forgot, marked in the answer and in the index", async () => {
    workspace.tasks.insert(row("kept", 1));
    const page = await listVideoTasks(QUERY, sources(provider([record("elsewhere", 3)], true)));

    expect(page.items.map(({ id, providerListed }) => [id, providerListed])).toEqual([
      ["elsewhere", true],
      ["kept", false],
    ]);
    expect(workspace.tasks.find("test", "kept")?.providerListed).toBe(false);
  });

  it("records a live task the provider no longer has as failed, so nothing polls it for ever", async () => {
    workspace.tasks.insert(row("lost", 1, { status: "queued", progress: 0 }));
    const page = await listVideoTasks(QUERY, sources(provider([], true)));

    expect(page.items[0]).toMatchObject({ id: "lost", status: "failed", error: { code: "task_lost" } });
    expect(workspace.tasks.find("test", "lost")).toMatchObject({ status: "failed", providerListed: false });
  });

  it("takes a task made before the index existed into it from its request file, once", async () => {
    const body = { model: "seedance-2.0", prompt: "Lanterns rise over a lake", duration: 6 };
    mkdirSync(legacyDir(), { recursive: true });
    writeFileSync(path.join(legacyDir(), "older.json"), JSON.stringify(body));
    const page = await listVideoTasks(QUERY, sources(provider([record("older", 1, { mode: null })], true)));

    expect(page.items[0]).toMatchObject({ id: "older", mode: "text_to_video", providerListed: true });
    expect(workspace.tasks.find("test", "older")).toMatchObject({ request: body, mode: "text_to_video" });
    expect(existsSync(path.join(legacyDir(), "older.json"))).toBe(false);
  });

  it("pages on from a cursor through the index", async () => {
    for (const [id, minute] of [
      ["c", 3],
      ["b", 2],
      ["a", 1],
    ] as const)
      workspace.tasks.insert(row(id, minute));
    const relay = provider([], false);
    const first = await listVideoTasks({ ...QUERY, limit: 2 }, sources(relay));
    expect(first).toMatchObject({ hasMore: true, lastId: "b" });
    const next = await listVideoTasks({ ...QUERY, limit: 2, after: "b" }, sources(relay));
    expect(next.items.map((item) => item.id)).toEqual(["a"]);
    expect(next.hasMore).toBe(false);
  });
});
