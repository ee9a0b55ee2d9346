// @vitest-environment node
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { withTakesAndCost } from "@/lib/api/takes-and-cost";
import { openWorkspace, type Workspace } from "@/lib/workspace/open-workspace";
import { createTakesRepo } from "@/lib/workspace/takes-repo";
import type { NewTask } from "@/lib/workspace/tasks-repo";
import { newTask } from "./new-task";

// Groups of takes and costs in the task index (migration 5) on a real SQLite file: written after
// the row, usage kept once, a group listed in order, and the month's total of finished videos.

let dataDir: string;
let workspace: Workspace;
beforeEach(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), "takes-repo-"));
  workspace = openWorkspace(dataDir);
});
afterEach(() => {
  workspace.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function insert(taskId: string, overrides: Partial<NewTask> = {}) {
  workspace.tasks.insert(
    newTask(taskId, {
      request: { model: "seedance-2.0", prompt: "A lighthouse at dusk" },
      hasLastFrame: false,
      ...overrides,
    }),
  );
}

describe("the takes repository", () => {
  it("lists a group's takes oldest first and leaves other tasks out", () => {
    const takes = createTakesRepo(workspace.db);
    insert("vid_b", { createdAt: 2_000 });
    insert("vid_a", { createdAt: 1_000 });
    insert("vid_alone", { createdAt: 1_500 });
    for (const id of ["vid_a", "vid_b"])
      takes.record("emulator", id, {
        takeGroupId: "tg_group0001",
        cost: { currency: "USD", estimate: 0.85 },
      });
    takes.record("emulator", "vid_alone", { takeGroupId: null, cost: { currency: "USD", estimate: 0.5 } });
    expect(takes.groupTasks("emulator", "tg_group0001")).toEqual(["vid_a", "vid_b"]);
    expect(takes.groupTasks("ark:laozhang", "tg_group0001")).toEqual([]);
  });

  it("keeps the first usage reported and prices the record from it, else marks the estimate", () => {
    const takes = createTakesRepo(workspace.db);
    insert("vid_used");
    insert("vid_estimated");
    insert("vid_old");
    takes.record("emulator", "vid_used", { takeGroupId: null, cost: { currency: "USD", estimate: 0.85 } });
    takes.record("emulator", "vid_estimated", {
      takeGroupId: "tg_group0002",
      cost: { currency: "USD", estimate: 0.85 },
    });
    takes.recordUsage("emulator", "vid_used", 100_000, 0.788);
    takes.recordUsage("emulator", "vid_used", 5, 0.00004);
    const records = withTakesAndCost(
      "emulator",
      [{ id: "vid_used" }, { id: "vid_estimated" }, { id: "vid_old" }],
      takes,
    );
    expect(records).toEqual([
      { id: "vid_used", takeGroupId: null, cost: { amount: 0.788, currency: "USD", estimated: false } },
      {
        id: "vid_estimated",
        takeGroupId: "tg_group0002",
        cost: { amount: 0.85, currency: "USD", estimated: true },
      },
      // Recorded before costs were kept: no figure rather than a made-up one.
      { id: "vid_old", takeGroupId: null, cost: null },
    ]);
    expect(takes.extrasOf("emulator", ["vid_used"]).get("vid_used")?.cost?.usageTokens).toBe(100_000);
  });

  it("totals the finished videos since a moment, per currency, counting estimates", () => {
    const takes = createTakesRepo(workspace.db);
    insert("vid_last_month", { createdAt: 500 });
    insert("vid_1", { createdAt: 1_000 });
    insert("vid_2", { createdAt: 2_000 });
    insert("vid_failed", { createdAt: 2_500, status: "failed", error: { code: "x", message: "x" } });
    insert("vid_running", { createdAt: 3_000, status: "in_progress" });
    for (const id of ["vid_last_month", "vid_1", "vid_2", "vid_failed", "vid_running"])
      takes.record("emulator", id, { takeGroupId: null, cost: { currency: "USD", estimate: 0.5 } });
    takes.recordUsage("emulator", "vid_2", 100_000, 0.25);
    const [usd] = takes.spentSince("emulator", 1_000);
    // 0.50 (estimate) + 0.25 (usage); last month, the failed and the running task left out
    expect(usd).toMatchObject({ currency: "USD", tasks: 2, estimatedTasks: 1 });
    expect(usd!.amount).toBeCloseTo(0.75, 9);
    expect(takes.spentSince("emulator", 5_000)).toEqual([]);
  });
});
