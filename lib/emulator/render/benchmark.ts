import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import type { AspectRatio, Resolution } from "@/lib/video/capabilities";
import type { AssetRepo } from "../db/assets-repo";
import { createLayout, removeQuietly } from "../storage/layout";
import { renderVideo } from "./render-video";

// Times one render outside any emulator (for capacity planning: how long a 5 s 720p video
// takes on this machine). Inputs are generated, so nothing has to exist beforehand.

export interface BenchmarkCase {
  resolution: Resolution;
  duration: number;
  aspectRatio?: AspectRatio;
  /** text_to_video uses the title card; first_last_frame cross-fades two generated stills. */
  mode?: "text_to_video" | "first_last_frame";
  generateAudio?: boolean;
}

export interface BenchmarkResult extends Required<BenchmarkCase> {
  width: number;
  height: number;
  milliseconds: number;
}

const noAssets = { get: () => undefined } as unknown as AssetRepo;

export async function benchmarkRender(input: BenchmarkCase): Promise<BenchmarkResult> {
  const spec = {
    aspectRatio: "16:9" as AspectRatio,
    mode: "text_to_video" as const,
    generateAudio: true,
    ...input,
  };
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "render-bench-"));
  try {
    const layout = createLayout(dataDir);
    const inputs = [];
    if (spec.mode === "first_last_frame") {
      for (const [k, color] of ["#cc3344", "#3344cc"].entries()) {
        const name = `bench-${k}.png`;
        const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1920" height="1080"><rect width="100%" height="100%" fill="${color}"/><circle cx="960" cy="540" r="300" fill="#fff"/></svg>`;
        await writeFile(layout.fileOf("inputs", name), await sharp(Buffer.from(svg)).png().toBuffer());
        const slot = k === 0 ? ("first_frame" as const) : ("last_frame" as const);
        inputs.push({
          slot,
          media: "image" as const,
          url: `emulator-file://inputs/${name}`,
          param: `frame_images[${k}]`,
        });
      }
    }
    const started = performance.now();
    const out = await renderVideo(
      {
        videoId: "vid_benchmark",
        tenantId: 0,
        model: "seedance-2.0",
        prompt: "Benchmark render",
        seed: 1,
        watermark: false,
        inputs,
        ...spec,
      },
      { assets: noAssets, layout, now: Date.now },
      { signal: new AbortController().signal, onProgress: () => undefined },
    );
    const milliseconds = Math.round(performance.now() - started);
    return { ...spec, width: out.width, height: out.height, milliseconds };
  } finally {
    await removeQuietly(dataDir);
  }
}
