import { rename } from "node:fs/promises";
import type { VideoMode } from "@/lib/video/capabilities";
import type { AssetRepo } from "../db/assets-repo";
import type { VideoRepo, VideoRow } from "../db/videos-repo";
import type { Faults } from "../http/faults";
import { scaled, type EmulatorConfig } from "../options";
import { RenderFailure } from "../render/render-failure";
import { renderVideo } from "../render/render-video";
import { createSemaphore, sleep } from "../semaphore";
import { removeQuietly, type Layout } from "../storage/layout";
import type { PreparedInput } from "./prepared-input";
import type { StoredParams, StoredRequest } from "./video-record";
import type { Webhooks } from "./webhooks";

// Runs each task queued -> in_progress -> completed | failed. State lives in SQLite, so on
// start every queued or in-progress task is picked up again; closing aborts renders without
// touching their rows (the next start resumes them), deleting a task cancels its render first.
// The queue is bounded where tasks come in (http/capacity.ts reads `pending`).

export interface SchedulerDeps {
  config: EmulatorConfig;
  layout: Layout;
  videos: VideoRepo;
  assets: AssetRepo;
  faults: Faults;
  webhooks: Webhooks;
}

export function createVideoScheduler(deps: SchedulerDeps) {
  const { config, layout, videos, faults, webhooks } = deps;
  const slots = createSemaphore(config.renderConcurrency);
  const tasks = new Map<string, { controller: AbortController; done: Promise<void> }>();
  let closed = false;

  function finish(row: VideoRow, fields: Partial<VideoRow>) {
    const now = config.now();
    videos.update(row.video_id, {
      ...fields,
      updated_at: now,
      completed_at: now,
      webhook_status: row.callback_url ? "pending" : "none",
    });
    if (row.callback_url) webhooks.schedule(row.video_id);
  }

  async function render(row: VideoRow, signal: AbortSignal) {
    const id = row.video_id;
    const params = JSON.parse(row.params_json) as StoredParams;
    const request = JSON.parse(row.request_json) as StoredRequest;
    const minMs = scaled(config, config.renderMinMs);
    const started = Date.now();
    let renderFraction = 0;
    let shown = 0;
    videos.update(id, { status: "in_progress", progress: 0, updated_at: config.now() });
    // Progress blends encode progress with elapsed time, so it moves even for a fast render.
    const ticker = setInterval(
      () => {
        const timeFraction = minMs === 0 ? 1 : Math.min(1, (Date.now() - started) / minMs);
        const progress = Math.min(99, Math.floor((99 * (timeFraction + renderFraction)) / 2));
        if (progress > shown) {
          shown = progress;
          videos.update(id, { progress, updated_at: config.now() });
        }
      },
      Math.min(500, Math.max(50, minMs / 20)),
    );
    try {
      const expiresAfter = request.execution_expires_after;
      if (expiresAfter && config.now() - row.created_at > expiresAfter * 1000) {
        throw new RenderFailure("TaskExpired", `The task was not started within ${expiresAfter} seconds`);
      }
      if (faults.takeVideoFailure()) {
        await sleep(minMs, signal);
        throw new RenderFailure("InternalServiceError", "Video generation failed (simulated failure)");
      }
      const job = {
        videoId: id,
        tenantId: row.tenant_id,
        mode: row.mode as VideoMode,
        model: row.model,
        prompt: row.prompt,
        duration: params.duration,
        resolution: params.resolution,
        aspectRatio: params.aspect_ratio,
        generateAudio: params.generate_audio,
        watermark: params.watermark,
        seed: params.seed,
        inputs: JSON.parse(row.inputs_json) as PreparedInput[],
      };
      const renderDeps = { assets: deps.assets, layout, now: config.now, fetch: config.inputFetch };
      const onProgress = (fraction: number) => (renderFraction = fraction);
      const [rendered] = await Promise.allSettled([
        renderVideo(job, renderDeps, { signal, onProgress }),
        sleep(minMs, signal),
      ]);
      if (signal.aborted) {
        if (rendered.status === "fulfilled") await removeQuietly(rendered.value.workDir);
        throw signal.reason;
      }
      if (rendered.status === "rejected") throw rendered.reason;
      const out = rendered.value;
      try {
        // Renames are atomic: a reader sees no file or the whole file, never half of one.
        await rename(out.video, layout.fileOf("videos", `${id}.mp4`));
        await rename(out.lastFrame, layout.fileOf("frames", `${id}.png`));
      } finally {
        await removeQuietly(out.workDir);
      }
      const output = { width: out.width, height: out.height, aspect_ratio: out.aspectRatio };
      finish(row, { status: "completed", progress: 100, output_json: JSON.stringify(output) });
    } catch (error) {
      if (signal.aborted) throw error;
      const failure =
        error instanceof RenderFailure
          ? error
          : new RenderFailure("InternalServiceError", "Video generation failed in the renderer");
      if (!(error instanceof RenderFailure)) console.error(`[emulator] render of ${id} failed:`, error);
      finish(row, { status: "failed", error_code: failure.code, error_message: failure.message });
    } finally {
      clearInterval(ticker);
    }
  }

  async function run(videoId: string, signal: AbortSignal) {
    const row = videos.byId(videoId);
    if (!row || (row.status !== "queued" && row.status !== "in_progress")) return;
    const wait = row.queued_until - config.now();
    if (wait > 0) await sleep(wait, signal);
    const release = await slots.acquire(signal);
    try {
      await render(row, signal);
    } finally {
      release();
    }
  }

  function enqueue(videoId: string) {
    if (closed || tasks.has(videoId)) return;
    const controller = new AbortController();
    const done = run(videoId, controller.signal)
      .catch(() => undefined)
      .finally(() => tasks.delete(videoId));
    tasks.set(videoId, { controller, done });
  }

  return {
    enqueue,
    /** Re-queues work a previous process left unfinished. */
    resume() {
      for (const row of videos.unfinished()) enqueue(row.video_id);
    },
    /** Stops a task's render (killing ffmpeg) and waits until it has let go of its files. */
    async cancel(videoId: string) {
      const task = tasks.get(videoId);
      if (!task) return;
      task.controller.abort(new Error("Video deleted"));
      await task.done;
    },
    async close() {
      closed = true;
      for (const task of tasks.values()) task.controller.abort(new Error("Emulator closed"));
      await Promise.allSettled([...tasks.values()].map((t) => t.done));
    },
    get activeRenders() {
      return slots.active;
    },
    /** Tasks queued or rendering; the submit route refuses new ones past the configured bound. */
    get pending() {
      return tasks.size;
    },
  };
}
export type VideoScheduler = ReturnType<typeof createVideoScheduler>;
