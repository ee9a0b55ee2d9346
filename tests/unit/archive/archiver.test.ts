// @vitest-environment node
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createArchiver, type Archiver, type ArchiverOptions } from "@/lib/archive/archiver";
import { keptPathOf, PART_SUFFIX } from "@/lib/archive/layout";
import { remoteKeepSource } from "@/lib/archive/sources";
import { openWorkspace, type Workspace } from "@/lib/workspace/open-workspace";
import type { NewTask } from "@/lib/workspace/tasks-repo";
import { newTask } from "../workspace/new-task";

// The archiver on a real SQLite task index, real files in a temp dir and a real HTTP server
// standing in for a provider's signed links: a copy lands whole and is recorded, a failing
// source is retried until it answers, a .part left by a crash is resumed with a Range request,
// and the size cap removes the oldest copies but never a starred one.

interface Served {
  body: Buffer;
  /** Requests to fail with 500 before answering. */
  failures: number;
  /** Bytes sent before the connection is cut (a crash of the copy), once. */
  cutAfter?: number;
  /** Bytes sent before the answer stalls (sends nothing more, never ends), once. */
  stallAfter?: number;
}

let dataDir: string;
let workspace: Workspace;
let server: http.Server;
let origin: string;
const files = new Map<string, Served>();
const ranges: string[] = [];
let hits = 0;
const archivers: Archiver[] = [];

beforeEach(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), "archiver-"));
  workspace = openWorkspace(dataDir);
  files.clear();
  ranges.length = 0;
  hits = 0;
  server = http.createServer((request, response) => {
    hits += 1;
    const served = files.get(request.url ?? "");
    if (!served) return void response.writeHead(404).end();
    if (served.failures > 0) {
      served.failures -= 1;
      return void response.writeHead(500).end("try later");
    }
    const range = /^bytes=(\d+)-$/.exec(request.headers.range ?? "");
    if (request.headers.range) ranges.push(request.headers.range);
    const start = range ? Number(range[1]) : 0;
    const size = served.body.length;
    response.writeHead(range ? 206 : 200, {
      "content-length": String(size - start),
      "accept-ranges": "bytes",
      ...(range ? { "content-range": `bytes ${start}-${size - 1}/${size}` } : {}),
    });
    if (served.stallAfter !== undefined) {
      response.write(served.body.subarray(start, start + served.stallAfter));
      served.stallAfter = undefined;
      return;
    }
    if (served.cutAfter !== undefined) {
      const cut = served.cutAfter;
      served.cutAfter = undefined;
      response.write(served.body.subarray(start, start + cut));
      setTimeout(() => response.destroy(), 20);
      return;
    }
    response.end(served.body.subarray(start));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  for (const archiver of archivers.splice(0)) archiver.close();
  await new Promise((resolve) => server.close(resolve));
  workspace.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const task = (taskId: string, overrides: Partial<NewTask> = {}) =>
  newTask(taskId, { provider: "token360", ...overrides });

/** A completed task whose video and last frame the HTTP server serves. */
function serveTask(taskId: string, videoBytes: number, frameBytes = 100, failures = 0): Buffer {
  const video = randomBytes(videoBytes);
  files.set(`/files/${taskId}.mp4`, { body: video, failures });
  files.set(`/files/${taskId}.png`, { body: randomBytes(frameBytes), failures: 0 });
  workspace.tasks.insert(task(taskId));
  return video;
}

const root = () => path.join(dataDir, "archive");

function archiver(overrides: Partial<ArchiverOptions> = {}): Archiver {
  const created = createArchiver({
    root: root(),
    provider: "token360",
    tasks: workspace.tasks,
    archive: workspace.archive,
    source: remoteKeepSource({
      baseUrl: `${origin}/v1`,
      outputsOf: async (taskId) => ({
        video: `${origin}/files/${taskId}.mp4`,
        lastFrame: `${origin}/files/${taskId}.png`,
      }),
    }),
    enabled: true,
    capBytes: null,
    backoffMs: 10,
    ...overrides,
  });
  archivers.push(created);
  return created;
}

const keptBytes = (taskId: string) =>
  readFileSync(path.join(root(), keptPathOf("token360", taskId, "video")));

describe("the archiver", () => {
  it("copies a completed task's video and last frame and records them in the task index", async () => {
    const video = serveTask("vid_a", 300_000, 1234);
    const keeper = archiver();
    await keeper.ensureKept("vid_a");

    expect(keptBytes("vid_a").equals(video)).toBe(true);
    const row = workspace.archive.find("token360", "vid_a");
    expect(row).toMatchObject({ state: "kept", videoBytes: 300_000, frameBytes: 1234, starred: false });
    expect(keeper.keptFile("vid_a", "frame")).toBe(path.join(root(), "token360", "vid_a.png"));
    expect(keeper.usage()).toMatchObject({ usedBytes: 300_000 + 1234, keptCount: 1 });
    expect(existsSync(path.join(root(), "token360", `vid_a.mp4${PART_SUFFIX}`))).toBe(false);
  });

  it("is idempotent: a kept task is not copied again, and a running copy is joined", async () => {
    serveTask("vid_b", 50_000);
    const keeper = archiver();
    const first = keeper.ensureKept("vid_b");
    expect(keeper.ensureKept("vid_b")).toBe(first);
    await first;
    expect(hits).toBe(2);
    files.delete("/files/vid_b.mp4");
    await keeper.ensureKept("vid_b");
    expect(workspace.archive.find("token360", "vid_b")?.state).toBe("kept");
    expect(hits).toBe(2);
  });

  it("leaves unfinished and unknown tasks alone", async () => {
    workspace.tasks.insert(task("vid_live", { status: "in_progress" }));
    const keeper = archiver();
    await keeper.ensureKept("vid_live");
    await keeper.ensureKept("vid_unknown");
    expect(workspace.archive.find("token360", "vid_live")).toBeUndefined();
    expect(workspace.archive.find("token360", "vid_unknown")).toBeUndefined();
  });

  it("retries a failing source with backoff until the copy succeeds, counting the attempts", async () => {
    const video = serveTask("vid_c", 20_000, 100, 2);
    await archiver().ensureKept("vid_c");
    expect(keptBytes("vid_c").equals(video)).toBe(true);
    expect(workspace.archive.find("token360", "vid_c")).toMatchObject({ state: "kept", attempts: 2 });
  });

  it("gives up after the last attempt and says why", async () => {
    serveTask("vid_d", 20_000, 100, 10);
    await archiver({ maxAttempts: 3 }).ensureKept("vid_d");
    expect(workspace.archive.find("token360", "vid_d")).toMatchObject({
      state: "failed",
      attempts: 3,
      lastError: "the source answered HTTP 500",
    });
    expect(existsSync(path.join(root(), "token360", "vid_d.mp4"))).toBe(false);
  });

  it("resumes a copy cut off half way from the bytes it already has", async () => {
    const video = serveTask("vid_e", 400_000);
    files.get("/files/vid_e.mp4")!.cutAfter = 150_000;
    await archiver().ensureKept("vid_e");
    expect(keptBytes("vid_e").equals(video)).toBe(true);
    // Continued from what had arrived before the cut (all of it, unless the machine is slow).
    const from = ranges.map((range) => Number(/^bytes=(\d+)-$/.exec(range)?.[1]));
    expect(from.some((start) => start > 0 && start <= 150_000)).toBe(true);
  });

  it("gives up on a source that stalls and resumes the copy on the next attempt", async () => {
    const video = serveTask("vid_stall", 300_000);
    files.get("/files/vid_stall.mp4")!.stallAfter = 100_000;
    await archiver({ idleMs: 300 }).ensureKept("vid_stall");
    expect(keptBytes("vid_stall").equals(video)).toBe(true);
    expect(workspace.archive.find("token360", "vid_stall")).toMatchObject({
      state: "kept",
      attempts: 1,
    });
  });

  it("continues after a restart the copies left pending, from their .part", async () => {
    const video = serveTask("vid_f", 200_000);
    // What a crash leaves: the row pending, the first bytes on disk.
    workspace.archive.request("token360", "vid_f");
    const part = path.join(root(), "token360", `vid_f.mp4${PART_SUFFIX}`);
    rmSync(root(), { recursive: true, force: true });
    await import("node:fs/promises").then((fs) => fs.mkdir(path.dirname(part), { recursive: true }));
    writeFileSync(part, video.subarray(0, 70_000));

    await archiver().sweep();
    expect(keptBytes("vid_f").equals(video)).toBe(true);
    expect(ranges).toContain("bytes=70000-");
    expect(existsSync(part)).toBe(false);
  });

  it("asks at start for the completed tasks never kept", async () => {
    serveTask("vid_g", 10_000);
    await archiver().sweep();
    expect(workspace.archive.find("token360", "vid_g")?.state).toBe("kept");
  });

  it("keeps nothing new with ARCHIVE=off", async () => {
    serveTask("vid_h", 10_000);
    const keeper = archiver({ enabled: false });
    await keeper.ensureKept("vid_h");
    await keeper.sweep();
    expect(workspace.archive.find("token360", "vid_h")).toBeUndefined();
  });

  it("past the cap removes the oldest kept copies first and never a starred one", async () => {
    let clock = 10_000;
    const keeper = archiver({ capBytes: 250_000, now: () => (clock += 1000) });
    for (const id of ["vid_1", "vid_2", "vid_3"]) serveTask(id, 100_000, 0);
    expect(keeper.setStarred("vid_1", true)).toBe(true);
    await keeper.ensureKept("vid_1");
    await keeper.ensureKept("vid_2");
    await keeper.ensureKept("vid_3");

    // 300 000 bytes against a 250 000 cap: vid_1 is the oldest but starred, so vid_2 goes.
    expect(workspace.archive.find("token360", "vid_1")?.state).toBe("kept");
    expect(workspace.archive.find("token360", "vid_2")).toMatchObject({ state: "evicted", videoPath: null });
    expect(workspace.archive.find("token360", "vid_3")?.state).toBe("kept");
    expect(existsSync(path.join(root(), "token360", "vid_2.mp4"))).toBe(false);
    expect(statSync(path.join(root(), "token360", "vid_1.mp4")).size).toBe(100_000);
    expect(keeper.usage().usedBytes).toBe(200_000);
    // An evicted copy is not fetched again.
    await keeper.ensureKept("vid_2");
    expect(workspace.archive.find("token360", "vid_2")?.state).toBe("evicted");
  });

  it("only starred copies over the cap stay", async () => {
    const keeper = archiver({ capBytes: 50_000 });
    serveTask("vid_s", 100_000, 0);
    keeper.setStarred("vid_s", true);
    await keeper.ensureKept("vid_s");
    expect(workspace.archive.find("token360", "vid_s")).toMatchObject({ state: "kept", starred: true });
  });

  it("stars and unstars a task of the index, and refuses one it does not hold", () => {
    workspace.tasks.insert(task("vid_star", { status: "in_progress" }));
    const keeper = archiver();
    expect(keeper.setStarred("vid_star", true)).toBe(true);
    expect(keeper.find("vid_star")).toMatchObject({ starred: true, state: "none" });
    expect(workspace.archive.starredIds("token360", 10).ids).toEqual(["vid_star"]);
    expect(keeper.setStarred("vid_star", false)).toBe(true);
    expect(workspace.archive.starredIds("token360", 10).ids).toEqual([]);
    expect(keeper.setStarred("vid_none", true)).toBe(false);
  });

  it("refuses a link to a loopback host other than the configured one", async () => {
    serveTask("vid_x", 1_000);
    const keeper = archiver({
      maxAttempts: 1,
      source: remoteKeepSource({
        baseUrl: "https://api.example.com/v1",
        outputsOf: async () => ({ video: `${origin}/files/vid_x.mp4`, lastFrame: null }),
      }),
    });
    await keeper.ensureKept("vid_x");
    expect(workspace.archive.find("token360", "vid_x")).toMatchObject({
      state: "failed",
      lastError: expect.stringMatching(/fetch failed|refused|only https/) as unknown,
    });
    expect(hits).toBe(0);
  });
});
