import type { VideoMode } from "@/lib/video/capabilities";
import type { InputSlot } from "@/lib/video/infer-mode";

// What each mode looks like on screen, as a list of layered clips (pure; ffmpeg-args.ts turns
// it into a filter graph). Clip 0 is the base and always covers the whole duration; later
// clips fade in over it, which gives cross-fades without ffmpeg's newer `xfade` filter.

export type Motion = "push-in" | "pull-out" | "none";

export type Clip =
  | { kind: "still"; path: string; start: number; length: number; fadeIn: number; motion: Motion }
  | {
      kind: "video";
      path: string;
      start: number;
      length: number;
      fadeIn: number;
      /** Loop a short source to fill the clip. */
      loop: boolean;
      /** Play this many seconds, then hold the last frame and push in (extend video). */
      holdAfter: number | null;
      look: "plain" | "edited";
    };

export interface Visual {
  kind: "still" | "video";
  slot: InputSlot;
  path: string;
  /** Seconds of source material (videos); Infinity for stills. */
  sourceLength: number;
}

export interface Timeline {
  clips: Clip[];
  fadeFromBlack: boolean;
}

const CROSS_FADE = 0.5;

/** Shows the visuals one after another, cross-fading between them. */
function sequence(visuals: Visual[], duration: number): Clip[] {
  const segment = duration / visuals.length;
  const fade = Math.min(CROSS_FADE, segment / 3);
  return visuals.map((visual, k) => {
    const start = k * segment;
    const length = k === visuals.length - 1 ? duration - start : segment + fade;
    const fadeIn = k === 0 ? 0 : fade;
    if (visual.kind === "still") {
      return {
        kind: "still",
        path: visual.path,
        start,
        length,
        fadeIn,
        motion: k % 2 === 0 ? "push-in" : "pull-out",
      };
    }
    return {
      kind: "video",
      path: visual.path,
      start,
      length,
      fadeIn,
      loop: true,
      holdAfter: null,
      look: "plain",
    };
  });
}

function extend(sources: Visual[], duration: number): Clip[] {
  // The sources play back to back in the first half, then the camera pushes in on the last frame.
  const share = duration / 2 / sources.length;
  const fade = Math.min(0.3, share / 3);
  let start = 0;
  return sources.map((source, k) => {
    const play = Math.max(0.5, Math.min(source.sourceLength, share));
    const last = k === sources.length - 1;
    const clip: Clip = {
      kind: "video",
      path: source.path,
      start,
      length: last ? duration - start : play + fade,
      fadeIn: k === 0 ? 0 : fade,
      loop: false,
      holdAfter: last ? play : null,
      look: "plain",
    };
    start += play;
    return clip;
  });
}

export function buildTimeline(
  mode: VideoMode,
  visuals: Visual[],
  duration: number,
  cardPath: string | null,
): Timeline {
  const find = (slot: InputSlot) => visuals.find((v) => v.slot === slot);
  // Edit, extend and stitch address the reference videos by position (<Video 1>, <Video 2>…).
  const videos = visuals.filter((v) => v.slot === "reference_video");
  const still = (path: string, motion: Motion): Clip => ({
    kind: "still",
    path,
    start: 0,
    length: duration,
    fadeIn: 0,
    motion,
  });
  switch (mode) {
    case "first_frame":
      return { clips: [still(find("first_frame")!.path, "push-in")], fadeFromBlack: false };
    case "first_last_frame": {
      // Ends exactly on the last frame image, as first+last frame generation does.
      const start = duration * 0.45;
      return {
        clips: [
          { ...still(find("first_frame")!.path, "push-in"), length: duration * 0.8 },
          {
            kind: "still",
            path: find("last_frame")!.path,
            start,
            length: duration - start,
            fadeIn: duration * 0.3,
            motion: "none",
          },
        ],
        fadeFromBlack: false,
      };
    }
    case "reference_images":
    case "multimodal_reference":
      return {
        clips: sequence(
          visuals.filter((v) => v.slot === "reference_image" || v.slot === "reference_video"),
          duration,
        ),
        fadeFromBlack: false,
      };
    case "edit_video": {
      const source = videos[0]!;
      const clip: Clip = {
        kind: "video",
        path: source.path,
        start: 0,
        length: duration,
        fadeIn: 0,
        loop: true,
        holdAfter: null,
        look: "edited",
      };
      return { clips: [clip], fadeFromBlack: false };
    }
    case "extend_video":
      return { clips: extend(videos.slice(0, 1), duration), fadeFromBlack: false };
    case "stitch_video":
      // The clips in their order, each for its share of the duration, joined by a cross-fade.
      return { clips: sequence(videos, duration), fadeFromBlack: false };
    case "text_to_video":
      return { clips: [still(cardPath!, "push-in")], fadeFromBlack: true };
  }
}
