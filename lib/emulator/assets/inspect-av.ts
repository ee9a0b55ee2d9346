import { open, rm } from "node:fs/promises";
import { AV_TYPES_LABEL, avProblem, type AvKind } from "@/lib/media/av-rules";
import { MEDIA_OF_TYPE, sniffType } from "@/lib/media/sniff";
import { renderThumbnail } from "@/lib/media/thumbnail/render-thumbnail";
import { probeMedia } from "../render/probe";
import { runProcess } from "../render/run-process";
import { ffmpegPath } from "../render/tools";
import { MediaProblem } from "./media-problem";

// Video (MP4/MOV) and audio (MP3/WAV) uploads into the generic library: type by magic bytes,
// size, then duration, frame size and rate read by ffprobe (UPSTREAM.md §1.5), and a thumbnail:
// a poster frame for a video, a waveform for audio.

export interface AvInfo {
  kind: AvKind;
  mimeType: string;
  extension: string;
  width: number | null;
  height: number | null;
  durationMs: number;
}

const TYPES = {
  mp4: { mimeType: "video/mp4", extension: "mp4" },
  mp3: { mimeType: "audio/mpeg", extension: "mp3" },
  wav: { mimeType: "audio/wav", extension: "wav" },
} as const;

/** The kind of a video or audio file by its first bytes; null for anything else. */
export async function sniffAv(path: string): Promise<AvKind | null> {
  const handle = await open(path, "r");
  try {
    const head = Buffer.alloc(64);
    const { bytesRead } = await handle.read(head, 0, 64, 0);
    const type = sniffType(head.subarray(0, bytesRead));
    const media = MEDIA_OF_TYPE[type];
    return type in TYPES && (media === "video" || media === "audio") ? media : null;
  } finally {
    await handle.close();
  }
}

export async function inspectAv(path: string, sizeBytes: number, kind: AvKind): Promise<AvInfo> {
  const head = Buffer.alloc(64);
  const handle = await open(path, "r");
  const { bytesRead } = await handle.read(head, 0, 64, 0).finally(() => handle.close());
  const type = sniffType(head.subarray(0, bytesRead)) as keyof typeof TYPES;
  const early = avProblem({ kind, sizeBytes });
  if (early) throw new MediaProblem(413, "FILE_TOO_LARGE", `The ${kind} ${early}.`);
  const probe = await probeMedia(path).catch(() => null);
  if (!probe || (kind === "video" ? !probe.hasVideo : !probe.hasAudio)) {
    throw new MediaProblem(
      400,
      "INVALID_MEDIA",
      `The file could not be read as ${AV_TYPES_LABEL[kind]} ${kind}.`,
    );
  }
  const problem = avProblem({
    kind,
    sizeBytes,
    duration: probe.duration,
    width: probe.width,
    height: probe.height,
    fps: probe.fps,
  });
  if (problem) throw new MediaProblem(400, "INVALID_MEDIA", `The ${kind} ${problem}.`);
  return {
    kind,
    ...TYPES[type],
    width: kind === "video" ? probe.width : null,
    height: kind === "video" ? probe.height : null,
    durationMs: Math.round(probe.duration * 1000),
  };
}

/** A poster frame (video) or a waveform picture (audio), as the same small WebP images get. */
export async function writeAvThumbnail(source: string, target: string, kind: AvKind): Promise<void> {
  const still = `${target}.png`;
  const args =
    kind === "video"
      ? ["-ss", "0.5", "-i", source, "-frames:v", "1", "-vf", "scale=480:-2"]
      : ["-i", source, "-filter_complex", "showwavespic=s=480x270:colors=0x6d8cff", "-frames:v", "1"];
  try {
    await runProcess(ffmpegPath(), ["-hide_banner", "-nostdin", "-y", "-loglevel", "error", ...args, still]);
    await renderThumbnail(still, target, {
      maxSide: 320,
      quality: 72,
      maxInputPixels: 480 * 480,
      failOn: "error",
    });
  } catch {
    throw new MediaProblem(
      400,
      "INVALID_MEDIA",
      `The ${kind} could not be decoded; the file may be damaged.`,
    );
  } finally {
    await rm(still, { force: true });
  }
}
