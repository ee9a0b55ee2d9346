// @vitest-environment node
import { describe, expect, it, vi } from "vitest";
import {
  ADMIN_HEADERS,
  call,
  ffmpegRunningIn,
  filesIn,
  KEY_A,
  KEY_B,
  quickVideo,
  renderAndWait,
  testEmulator,
  waitFor,
  type Json,
} from "./fixtures";

// Real renders: allow for a busy machine.
vi.setConfig({ testTimeout: 90_000, hookTimeout: 90_000 });

const quick = quickVideo("A lighthouse at dusk");

describe("video lifecycle", () => {
  it("goes queued -> in_progress with rising progress -> completed", async () => {
    const env = testEmulator({ timeScale: 1, videoQueueMs: 200, renderMinMs: 1500 });
    const api = call(env.emulator, KEY_A);
    const created = await api.post("/videos", quick);
    expect(created.json.status).toBe("queued");
    const id = created.json.id as string;
    const seen: { status: string; progress: number }[] = [];
    await waitFor(
      () => api.get(`/videos/${id}`),
      (r) => {
        seen.push({ status: r.json.status as string, progress: r.json.progress as number });
        return r.json.status === "completed";
      },
    );
    const statuses = [...new Set(seen.map((s) => s.status))];
    expect(statuses).toEqual(["queued", "in_progress", "completed"]);
    const running = seen.filter((s) => s.status === "in_progress").map((s) => s.progress);
    expect(running.some((p) => p > 0 && p < 100)).toBe(true);
    expect(running).toEqual([...running].sort((a, b) => a - b));
    const done = (await api.get(`/videos/${id}`)).json;
    expect(done).toMatchObject({
      status: "completed",
      progress: 100,
      duration: 4,
      size: "854x480",
      error: null,
    });
    expect(done.url).toBe(done.video_url);
    expect((done.content as Json).last_frame_url).toBeNull();
  });

  it("fails a task with error.code and error.message when told to", async () => {
    const env = testEmulator();
    const api = call(env.emulator, KEY_A);
    await env.emulator.fetch(
      new Request("http://emulator.test/emulator/_admin/faults", {
        method: "POST",
        headers: { ...ADMIN_HEADERS, "Content-Type": "application/json" },
        body: JSON.stringify({ failNextVideos: 1 }),
      }),
    );
    const failed = await renderAndWait(env.emulator, KEY_A, quick);
    expect(failed).toMatchObject({ status: "failed", url: null, error: { code: "InternalServiceError" } });
    expect(((failed.error as Json).message as string).length).toBeGreaterThan(0);
    expect((await api.get(`/videos/${failed.id as string}/content`)).status).toBe(409);
  });

  it("fails a task whose outside URL cannot be fetched (offline) with a clear error", async () => {
    const env = testEmulator();
    const failed = await renderAndWait(env.emulator, KEY_A, {
      ...quick,
      frame_images: [
        {
          type: "image_url",
          frame_type: "first_frame",
          image_url: { url: "http://127.0.0.1:9/missing.png" },
        },
      ],
    });
    expect(failed.status).toBe("failed");
    expect(failed.error).toMatchObject({ code: "InputFetchFailed" });
    // Names the input, never the address or what answered there (no probing through errors).
    expect((failed.error as Json).message).toBe(
      "The input at frame_images[0].image_url.url could not be downloaded",
    );
    expect(filesIn(env, "tmp")).toEqual([]);
  });
});

describe("video content", () => {
  it("answers 409 until ready, then redirect, url and binary with Range", async () => {
    const env = testEmulator({ timeScale: 1, videoQueueMs: 600_000 });
    const api = call(env.emulator, KEY_A);
    const queued = await api.post("/videos", quick);
    const notReady = await api.get(`/videos/${queued.json.id as string}/content`);
    expect(notReady.status).toBe(409);
    expect(notReady.json.error).toMatchObject({
      message: "Video is not ready yet. Current status: queued",
      type: "invalid_request_error",
    });
    await env.restart({ timeScale: 100, videoQueueMs: 500 });

    const done = await renderAndWait(env.emulator, KEY_A, { ...quick, return_last_frame: true });
    const id = done.id as string;
    const api2 = call(env.emulator, KEY_A);
    const redirect = await api2.raw(`/videos/${id}/content`, { redirect: "manual" });
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get("location")).toMatch(
      new RegExp(`^http://emulator\\.test/emulator/files/videos/${id}\\.mp4\\?exp=`),
    );
    const asUrl = await api2.get(`/videos/${id}/content?format=url`);
    expect(asUrl.json).toMatchObject({ video_id: id, expires_in: 3600 });
    const binary = await api2.raw(`/videos/${id}/content?format=binary`);
    expect(binary.status).toBe(200);
    expect(binary.headers.get("content-type")).toBe("video/mp4");
    expect(binary.headers.get("accept-ranges")).toBe("bytes");
    expect(binary.headers.get("content-disposition")).toBe(
      `attachment; filename="a-lighthouse-at-dusk-${id}.mp4"`,
    );
    const whole = Buffer.from(await binary.arrayBuffer());
    expect(whole.subarray(4, 8).toString()).toBe("ftyp");

    const range = await api2.raw(`/videos/${id}/content?format=binary`, {
      headers: { Range: "bytes=100-199" },
    });
    expect(range.status).toBe(206);
    expect(range.headers.get("content-range")).toBe(`bytes 100-199/${whole.length}`);
    expect(Buffer.from(await range.arrayBuffer())).toEqual(whole.subarray(100, 200));
    const suffix = await api2.raw(`/videos/${id}/content?format=binary`, { headers: { Range: "bytes=-10" } });
    expect(Buffer.from(await suffix.arrayBuffer())).toEqual(whole.subarray(whole.length - 10));
    const unsatisfiable = await api2.raw(`/videos/${id}/content?format=binary`, {
      headers: { Range: `bytes=${whole.length}-` },
    });
    expect(unsatisfiable.status).toBe(416);
    expect(unsatisfiable.headers.get("content-range")).toBe(`bytes */${whole.length}`);

    // The signed file URL supports Range and HEAD too, without an API key.
    const fileUrl = done.url as string;
    const filePart = await env.emulator.fetch(new Request(fileUrl, { headers: { Range: "bytes=0-3" } }));
    expect(filePart.status).toBe(206);
    expect((await filePart.arrayBuffer()).byteLength).toBe(4);
    const head = await env.emulator.fetch(new Request(fileUrl, { method: "HEAD" }));
    expect(head.headers.get("content-length")).toBe(String(whole.length));
    expect(
      (await env.emulator.fetch(new Request(fileUrl, { headers: { Range: "bytes=99999999-" } }))).status,
    ).toBe(416);
    expect(
      (
        await env.emulator.fetch(
          new Request(fileUrl.replace(/sig=(.)/, (_, c: string) => `sig=${c === "z" ? "y" : "z"}`)),
        )
      ).status,
    ).toBe(403);
    const lastFrame = await env.emulator.fetch(new Request((done.content as Json).last_frame_url as string));
    expect(lastFrame.headers.get("content-type")).toBe("image/png");
    expect((await api2.get(`/videos/${id}/content?format=zip`)).status).toBe(400);
  });

  it("expires signed URLs", async () => {
    let now = Date.now();
    const env = testEmulator({ now: () => now });
    const done = await renderAndWait(env.emulator, KEY_A, quick);
    now += 3601_000;
    const res = await env.emulator.fetch(new Request(done.url as string));
    expect(res.status).toBe(403);
    expect(((await res.json()) as Json).error).toMatchObject({ code: "url_expired" });
  });
});

describe("video list and delete", () => {
  it("pages with cursors in both orders", async () => {
    const env = testEmulator({ timeScale: 1, videoQueueMs: 600_000 });
    const api = call(env.emulator, KEY_A);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++)
      ids.push((await api.post("/videos", { ...quick, prompt: `p${i}` })).json.id as string);
    await call(env.emulator, KEY_B).post("/videos", quick);
    const desc = [...ids].reverse();

    const page1 = (await api.get("/videos?limit=2")).json;
    expect(page1).toMatchObject({ object: "list", has_more: true, first_id: desc[0], last_id: desc[1] });
    expect((page1.data as Json[]).map((v) => v.id)).toEqual(desc.slice(0, 2));
    const page2 = (await api.get(`/videos?limit=2&after=${desc[1]}`)).json;
    expect((page2.data as Json[]).map((v) => v.id)).toEqual(desc.slice(2, 4));
    const page3 = (await api.get(`/videos?limit=2&after=${desc[3]}`)).json;
    expect(page3).toMatchObject({ has_more: false, first_id: desc[4], last_id: desc[4] });
    const back = (await api.get(`/videos?limit=2&before=${desc[4]}`)).json;
    expect((back.data as Json[]).map((v) => v.id)).toEqual(desc.slice(2, 4));
    expect(back.has_more).toBe(true);
    const asc = (await api.get("/videos?order=asc&limit=3")).json;
    expect((asc.data as Json[]).map((v) => v.id)).toEqual(ids.slice(0, 3));
    const ascAfter = (await api.get(`/videos?order=asc&after=${ids[2]}`)).json;
    expect((ascAfter.data as Json[]).map((v) => v.id)).toEqual(ids.slice(3));
    expect(((await api.get("/videos?limit=500")).json.data as Json[]).length).toBe(5);
    expect((await api.get("/videos?limit=abc")).status).toBe(400);
    expect((await api.get("/videos?order=up")).status).toBe(400);
    expect((await api.get("/videos?after=vid_000000000000000000000000")).status).toBe(400);
    const empty = (await call(env.emulator, "sk-empty-tenant-123456").get("/videos")).json;
    expect(empty).toEqual({ object: "list", data: [], has_more: false, first_id: null, last_id: null });
  });

  it("keeps videos invisible to other tenants", async () => {
    const env = testEmulator({ timeScale: 1, videoQueueMs: 600_000 });
    const id = (await call(env.emulator, KEY_A).post("/videos", quick)).json.id as string;
    const other = call(env.emulator, KEY_B);
    for (const res of [
      await other.get(`/videos/${id}`),
      await other.get(`/videos/${id}/content`),
      await other.delete(`/videos/${id}`),
    ]) {
      expect(res.status).toBe(404);
      expect(res.json.error).toMatchObject({ type: "not_found_error" });
    }
    expect(((await other.get("/videos")).json.data as Json[]).length).toBe(0);
  });

  it("deletes a completed video and its files", async () => {
    const env = testEmulator();
    const done = await renderAndWait(env.emulator, KEY_A, { ...quick, return_last_frame: true });
    expect(filesIn(env, "files/videos")).toHaveLength(1);
    const api = call(env.emulator, KEY_A);
    const res = await api.delete(`/videos/${done.id as string}`);
    expect(res.json).toEqual({ id: done.id, object: "video", deleted: true });
    expect(filesIn(env, "files/videos")).toEqual([]);
    expect(filesIn(env, "files/frames")).toEqual([]);
    expect((await api.get(`/videos/${done.id as string}`)).status).toBe(404);
  });

  it("cancels a running render cleanly on delete", async () => {
    const env = testEmulator({ timeScale: 1, videoQueueMs: 0, renderMinMs: 20_000 });
    const api = call(env.emulator, KEY_A);
    const id = (await api.post("/videos", { ...quick, duration: 15 })).json.id as string;
    await waitFor(
      () => api.get(`/videos/${id}`),
      (r) => r.json.status === "in_progress",
    );
    // Delete while ffmpeg is actually encoding.
    await waitFor(
      async () => ffmpegRunningIn(env.dataDir).length,
      (count) => count > 0,
    );
    const started = Date.now();
    const res = await api.delete(`/videos/${id}`);
    expect(res.json.deleted).toBe(true);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(ffmpegRunningIn(env.dataDir)).toEqual([]);
    expect(filesIn(env, "tmp")).toEqual([]);
    expect(filesIn(env, "files/videos")).toEqual([]);
    expect((await api.get(`/videos/${id}`)).status).toBe(404);
  });
});
