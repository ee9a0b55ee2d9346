import { runProcess } from "./run-process";
import { ffprobePath } from "./tools";

export interface MediaProbe {
  duration: number;
  width: number | null;
  height: number | null;
  /** Frames per second of the video stream, when there is one. */
  fps: number | null;
  hasVideo: boolean;
  hasAudio: boolean;
}

interface FfprobeJson {
  format?: { duration?: string };
  streams?: {
    codec_type?: string;
    width?: number;
    height?: number;
    duration?: string;
    avg_frame_rate?: string;
  }[];
}

/** Stream facts for a video or audio input, via ffprobe's JSON output. */
export async function probeMedia(file: string, signal?: AbortSignal): Promise<MediaProbe> {
  const out = await runProcess(
    ffprobePath(),
    [
      "-v",
      "error",
      "-show_entries",
      "format=duration:stream=codec_type,width,height,duration,avg_frame_rate",
      "-of",
      "json",
      file,
    ],
    { signal },
  );
  const json = JSON.parse(out) as FfprobeJson;
  const streams = json.streams ?? [];
  const video = streams.find((s) => s.codec_type === "video");
  const duration = Number(json.format?.duration ?? video?.duration ?? 0);
  const [num, den] = (video?.avg_frame_rate ?? "").split("/").map(Number);
  const fps = num && den ? num / den : null;
  return {
    duration: Number.isFinite(duration) ? duration : 0,
    fps,
    width: video?.width ?? null,
    height: video?.height ?? null,
    hasVideo: !!video,
    hasAudio: streams.some((s) => s.codec_type === "audio"),
  };
}
