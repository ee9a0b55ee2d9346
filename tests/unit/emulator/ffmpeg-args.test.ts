// @vitest-environment node
import { describe, expect, it } from "vitest";
import { buildFfmpegArgs, type RenderSpec } from "@/lib/emulator/render/ffmpeg-args";
import { buildTimeline, type Visual } from "@/lib/emulator/render/timeline";

// The renderer's cost lives in the filter graph: a still must be decoded once and repeated
// inside the graph, never re-read for every frame (`-loop 1`), and never padded past its end.

const still = (slot: Visual["slot"], path: string): Visual => ({
  kind: "still",
  slot,
  path,
  sourceLength: Infinity,
});

function spec(timeline: RenderSpec["timeline"], watermarkPath: string | null = null): RenderSpec {
  return {
    width: 1280,
    height: 720,
    duration: 5,
    timeline,
    audio: { kind: "none" },
    watermarkPath,
    output: "/tmp/out.mp4",
    lastFrameOutput: "/tmp/last.png",
  };
}

const graphOf = (args: string[]) => args[args.indexOf("-filter_complex") + 1]!;

describe("ffmpeg arguments for stills", () => {
  it("reads a text-to-video card once and makes all 120 frames of a 5 s clip with zoompan", () => {
    const args = buildFfmpegArgs(spec(buildTimeline("text_to_video", [], 5, "/w/card.jpg")));
    expect(args).not.toContain("-loop");
    expect(args[args.indexOf("/w/card.jpg") - 1]).toBe("-i");
    expect(args).not.toContain("-framerate");
    const graph = graphOf(args);
    expect(graph).toMatch(/^\[0:v\]format=yuv420p,zoompan=[^;]*:d=120:s=1280x720:fps=24/);
    // The card fills the video: nothing to pad, trim only guards the length.
    expect(graph).not.toContain("tpad");
    expect(graph).toContain("trim=duration=5");
  });

  it("repeats a still without motion with loop, and pads a base layer that ends early", () => {
    const timeline = buildTimeline(
      "first_last_frame",
      [still("first_frame", "/w/first.jpg"), still("last_frame", "/w/last.jpg")],
      5,
      null,
    );
    const args = buildFfmpegArgs(spec(timeline));
    expect(args).not.toContain("-loop");
    const graph = graphOf(args);
    // The first frame covers 80 % of the video (96 frames) and is held to the end.
    expect(graph).toMatch(/^\[0:v\]format=yuv420p,zoompan=[^;]*:d=96:/);
    expect(graph).toMatch(/^\[0:v\][^;]*tpad=stop_mode=clone/);
    // The last frame starts at 45 %: 2.75 s, 66 frames made from one decoded image.
    expect(graph).toContain("[1:v]format=yuv420p,loop=loop=65:size=1:start=0,setpts=N/24/TB");
  });

  it("overlays the watermark from one decoded frame", () => {
    const args = buildFfmpegArgs(spec(buildTimeline("text_to_video", [], 5, "/w/card.jpg"), "/w/wm.png"));
    expect(args).not.toContain("-loop");
    expect(args).toContain("/w/wm.png");
    expect(graphOf(args)).toContain("[1:v]format=yuva420p[wm]");
  });
});
