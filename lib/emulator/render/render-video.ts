import { mkdir } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import type { GuardedFetch } from "@/lib/net/guarded-fetch";
import { outputSize, type AspectRatio, type Resolution, type VideoMode } from "@/lib/video/capabilities";
import type { AssetRepo } from "../db/assets-repo";
import { removeQuietly, type Layout } from "../storage/layout";
import { nearestAspectRatio, type FixedAspectRatio } from "../videos/aspect";
import type { PreparedInput } from "../videos/prepared-input";
import { buildFfmpegArgs, type AudioPlan } from "./ffmpeg-args";
import { materializeInputs, type LocalInput } from "./materialize";
import { runProcess } from "./run-process";
import { fitStill, titleCard, watermarkImage } from "./stills";
import { buildTimeline, type Visual } from "./timeline";
import { ffmpegPath } from "./tools";

export interface RenderJob {
  videoId: string;
  tenantId: number;
  mode: VideoMode;
  model: string;
  prompt: string;
  duration: number;
  resolution: Resolution;
  aspectRatio: AspectRatio;
  generateAudio: boolean;
  watermark: boolean;
  seed: number;
  inputs: PreparedInput[];
}

export interface RenderOutput {
  workDir: string;
  video: string;
  lastFrame: string;
  width: number;
  height: number;
  aspectRatio: AspectRatio;
}

export interface RenderDeps {
  assets: AssetRepo;
  layout: Layout;
  now: () => number;
  /** Downloads outside input URLs (the guarded fetch). */
  fetch: GuardedFetch;
}

export interface RenderIo {
  signal: AbortSignal;
  /** Fraction 0-1 of the encode that is done. */
  onProgress: (fraction: number) => void;
}

// "adaptive" follows the first visual input (first frame, else the first reference or source
// video); text-to-video has none and gets 16:9.
async function resolveAspect(job: RenderJob, inputs: LocalInput[]): Promise<FixedAspectRatio> {
  if (job.aspectRatio !== "adaptive") return job.aspectRatio;
  const visual = inputs.find((i) => i.slot === "first_frame") ?? inputs.find((i) => i.media !== "audio");
  if (!visual) return "16:9";
  if (visual.probe?.width && visual.probe.height)
    return nearestAspectRatio(visual.probe.width, visual.probe.height);
  const meta = await sharp(visual.path).metadata();
  if (!meta.width || !meta.height) return "16:9";
  const swap = (meta.orientation ?? 1) >= 5;
  return swap ? nearestAspectRatio(meta.height, meta.width) : nearestAspectRatio(meta.width, meta.height);
}

function parseProgress(line: string, duration: number): number | null {
  const match = /^out_time_(?:us|ms)=(\d+)$/.exec(line);
  return match ? Math.min(1, Number(match[1]) / 1e6 / duration) : null;
}

/** Renders a task into a work dir; the caller moves the outputs into place and removes the dir. */
export async function renderVideo(job: RenderJob, deps: RenderDeps, io: RenderIo): Promise<RenderOutput> {
  const workDir = deps.layout.tempPath("-render");
  await mkdir(workDir, { recursive: true });
  try {
    const context = {
      tenantId: job.tenantId,
      assets: deps.assets,
      layout: deps.layout,
      now: deps.now,
      workDir,
      signal: io.signal,
      fetch: deps.fetch,
    };
    const inputs = await materializeInputs(job.inputs, context);
    const aspectRatio = await resolveAspect(job, inputs);
    const { width, height } = outputSize(job.resolution, aspectRatio);

    const visuals: Visual[] = [];
    for (const [k, input] of inputs.entries()) {
      if (input.media === "image") {
        const still = path.join(workDir, `still-${k}.jpg`);
        await fitStill(input.path, still, width, height);
        visuals.push({ kind: "still", slot: input.slot, path: still, sourceLength: Infinity });
      } else if (input.media === "video") {
        visuals.push({
          kind: "video",
          slot: input.slot,
          path: input.path,
          sourceLength: input.probe?.duration ?? 0,
        });
      }
    }
    let card: string | null = null;
    if (job.mode === "text_to_video") {
      card = path.join(workDir, "card.jpg");
      const caption = `${job.model} · ${job.duration}s · ${job.resolution}`;
      await titleCard(card, width, height, { prompt: job.prompt, caption, seed: job.seed });
    }
    const watermarkPath = job.watermark ? path.join(workDir, "watermark.png") : null;
    if (watermarkPath) await watermarkImage(watermarkPath, height);

    const audioInput = inputs.find((i) => i.media === "audio");
    const audio: AudioPlan = !job.generateAudio
      ? { kind: "none" }
      : audioInput
        ? { kind: "file", path: audioInput.path }
        : { kind: "bed", frequency: [196, 220, 247, 262, 294][job.seed % 5] ?? 220 };

    const output = path.join(workDir, "out.mp4");
    const lastFrame = path.join(workDir, "last.png");
    const timeline = buildTimeline(job.mode, visuals, job.duration, card);
    const args = buildFfmpegArgs({
      width,
      height,
      duration: job.duration,
      timeline,
      audio,
      watermarkPath,
      output,
      lastFrameOutput: lastFrame,
    });
    await runProcess(ffmpegPath(), args, {
      signal: io.signal,
      onLine: (line) => {
        const fraction = parseProgress(line, job.duration);
        if (fraction !== null) io.onProgress(fraction);
      },
    });
    return { workDir, video: output, lastFrame, width, height, aspectRatio };
  } catch (error) {
    await removeQuietly(workDir);
    throw error;
  }
}
