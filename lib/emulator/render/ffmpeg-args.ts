import type { Clip, Timeline } from "./timeline";
import { FPS } from "./tools";

// Turns a timeline into one ffmpeg invocation (pure, so it is testable without running ffmpeg).
// Cheap on purpose: x264 ultrafast at 24 fps; stills arrive pre-sized to the output by sharp.
// A still is read and converted to yuv420p once, then repeated inside the graph (zoompan's
// `d`, or `loop`): `-loop 1` would decode the JPEG and convert its range again for every frame,
// which cost more than the encode itself at 1080p.

export type AudioPlan =
  { kind: "none" } | { kind: "bed"; frequency: number } | { kind: "file"; path: string };

export interface RenderSpec {
  width: number;
  height: number;
  duration: number;
  timeline: Timeline;
  audio: AudioPlan;
  watermarkPath: string | null;
  output: string;
  lastFrameOutput: string;
}

const n = (value: number) => Number(value.toFixed(3)).toString();
const ZOOM = 0.1;

/** `perInput`: output frames made from each input frame (all of them, for a single still). */
function zoompan(expr: string, width: number, height: number, perInput = 1) {
  return `zoompan=z='${expr}':x='iw/2-(iw/zoom/2)':y='ih/2-(ih/zoom/2)':d=${perInput}:s=${width}x${height}:fps=${FPS}`;
}

function inputArgs(clip: Clip): string[] {
  if (clip.kind === "still") return ["-i", clip.path];
  const play = clip.holdAfter ?? clip.length;
  return [...(clip.loop ? ["-stream_loop", "-1"] : []), "-t", n(play), "-i", clip.path];
}

function clipFilter(clip: Clip, spec: RenderSpec): string {
  const { width, height } = spec;
  const frames = Math.max(1, Math.round(clip.length * FPS));
  if (clip.kind === "still") {
    if (clip.motion === "none")
      return `format=yuv420p,loop=loop=${frames - 1}:size=1:start=0,setpts=N/${FPS}/TB,setsar=1`;
    const expr = clip.motion === "push-in" ? `1+${ZOOM}*on/${frames}` : `${1 + ZOOM}-${ZOOM}*on/${frames}`;
    return `format=yuv420p,${zoompan(expr, width, height, frames)},setsar=1`;
  }
  const parts = [
    `fps=${FPS}`,
    `scale=${width}:${height}:force_original_aspect_ratio=increase`,
    `crop=${width}:${height}`,
    "setsar=1",
  ];
  if (clip.look === "edited") parts.push("hue=h=40:s=1.3", "eq=contrast=1.08:brightness=0.02");
  if (clip.holdAfter !== null) {
    const held = Math.round(clip.holdAfter * FPS);
    parts.push(`tpad=stop_mode=clone:stop_duration=${n(clip.length - clip.holdAfter)}`);
    parts.push(
      zoompan(`if(lt(on,${held}),1,1+${ZOOM}*(on-${held})/${Math.max(1, frames - held)})`, width, height),
    );
  }
  return parts.join(",");
}

export function buildFfmpegArgs(spec: RenderSpec): string[] {
  const { duration, timeline, audio } = spec;
  const args = ["-hide_banner", "-nostdin", "-y", "-loglevel", "error", "-progress", "pipe:1", "-nostats"];
  const graph: string[] = [];
  let index = 0;
  let acc = "";
  for (const [k, clip] of timeline.clips.entries()) {
    args.push(...inputArgs(clip));
    const filter = clipFilter(clip, spec);
    if (k === 0) {
      // The base layer always spans the whole duration, holding its last frame if it ends early.
      // A still that lasts the whole video already has every frame: padding it would clone a
      // second video's worth of frames only for trim to drop them.
      const fade = timeline.fadeFromBlack ? ",fade=t=in:st=0:d=0.6" : "";
      const pad =
        clip.kind === "still" && clip.length >= duration
          ? ""
          : `,tpad=stop_mode=clone:stop_duration=${n(duration)}`;
      graph.push(
        `[${index}:v]${filter}${pad},trim=duration=${n(duration)},setpts=PTS-STARTPTS${fade},format=yuv420p[v0]`,
      );
      acc = "v0";
    } else {
      const fade =
        clip.fadeIn > 0 ? `,format=yuva420p,fade=t=in:st=0:d=${n(clip.fadeIn)}:alpha=1` : ",format=yuv420p";
      graph.push(`[${index}:v]${filter}${fade},setpts=PTS-STARTPTS+${n(clip.start)}/TB[c${k}]`);
      graph.push(`[${acc}][c${k}]overlay=eof_action=pass:format=yuv420[o${k}]`);
      acc = `o${k}`;
    }
    index += 1;
  }
  if (spec.watermarkPath) {
    // One frame: overlay's default eof_action (repeat) keeps it on screen to the end.
    args.push("-i", spec.watermarkPath);
    graph.push(
      `[${index}:v]format=yuva420p[wm]`,
      `[${acc}][wm]overlay=x=main_w-overlay_w-16:y=main_h-overlay_h-16:format=yuv420[wmo]`,
    );
    acc = "wmo";
    index += 1;
  }
  const lastFrame = Math.max(0, Math.round(duration * FPS) - 1);
  graph.push(
    `[${acc}]format=yuv420p,split=2[vout][vl]`,
    `[vl]trim=start_frame=${lastFrame},setpts=PTS-STARTPTS[vlast]`,
  );

  const fadeOut = `afade=t=in:d=0.3,afade=t=out:st=${n(Math.max(0, duration - 0.6))}:d=0.6`;
  if (audio.kind === "bed") {
    args.push("-f", "lavfi", "-t", n(duration), "-i", `sine=frequency=${audio.frequency}:sample_rate=44100`);
    args.push(
      "-f",
      "lavfi",
      "-t",
      n(duration),
      "-i",
      "anoisesrc=color=pink:amplitude=0.05:sample_rate=44100",
    );
    graph.push(
      `[${index}:a]volume=0.2[tone]`,
      `[tone][${index + 1}:a]amix=inputs=2:duration=longest,atrim=duration=${n(duration)},${fadeOut}[aout]`,
    );
  } else if (audio.kind === "file") {
    args.push("-i", audio.path);
    graph.push(`[${index}:a]aresample=44100,apad,atrim=duration=${n(duration)},${fadeOut}[aout]`);
  }

  args.push("-filter_complex", graph.join(";"), "-map", "[vout]");
  if (audio.kind !== "none") args.push("-map", "[aout]", "-c:a", "aac", "-b:a", "96k", "-ac", "2");
  else args.push("-an");
  args.push(
    ...[
      "-c:v",
      "libx264",
      "-preset",
      "ultrafast",
      "-crf",
      "26",
      "-pix_fmt",
      "yuv420p",
      "-r",
      String(FPS),
      "-g",
      String(FPS * 2),
    ],
    ...["-t", n(duration), "-movflags", "+faststart", "-f", "mp4", spec.output],
    ...["-map", "[vlast]", "-frames:v", "1", "-update", "1", "-f", "image2", spec.lastFrameOutput],
  );
  return args;
}
