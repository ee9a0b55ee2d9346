import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ffprobeInstaller from "@ffprobe-installer/ffprobe";
import sharp from "sharp";

// Media for the emulator's tests: real images made with sharp, WAV tones, data: URLs, and
// ffprobe to read back what a render produced.

export interface ImageOptions {
  width?: number;
  height?: number;
  format?: "png" | "jpeg" | "webp";
  color?: string;
}

/** A real image with a bit of structure (so encoders and thumbnails have something to do). */
export async function makeImage(options: ImageOptions = {}): Promise<Buffer> {
  const { width = 640, height = 480, format = "png", color = "#3366cc" } = options;
  const r = Math.min(width, height) / 3;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="${color}"/><circle cx="${width / 2}" cy="${height / 2}" r="${r}" fill="#fff"/></svg>`;
  return sharp(Buffer.from(svg)).toFormat(format).toBuffer();
}

export const dataUrl = (bytes: Buffer, mimeType = "image/png") =>
  `data:${mimeType};base64,${bytes.toString("base64")}`;

/** A mono 16-bit PCM WAV tone, for audio references. */
export function makeWav(seconds: number, frequency = 440, sampleRate = 16_000): Buffer {
  const samples = Math.round(seconds * sampleRate);
  const buffer = Buffer.alloc(44 + samples * 2);
  buffer.write("RIFF", 0, "ascii");
  buffer.writeUInt32LE(36 + samples * 2, 4);
  buffer.write("WAVEfmt ", 8, "ascii");
  buffer.writeUInt32LE(16, 16);
  buffer.writeUInt16LE(1, 20);
  buffer.writeUInt16LE(1, 22);
  buffer.writeUInt32LE(sampleRate, 24);
  buffer.writeUInt32LE(sampleRate * 2, 28);
  buffer.writeUInt16LE(2, 32);
  buffer.writeUInt16LE(16, 34);
  buffer.write("data", 36, "ascii");
  buffer.writeUInt32LE(samples * 2, 40);
  for (let i = 0; i < samples; i++) {
    buffer.writeInt16LE(Math.round(8000 * Math.sin((2 * Math.PI * frequency * i) / sampleRate)), 44 + i * 2);
  }
  return buffer;
}

export interface ProbeResult {
  streams: {
    codec_type: string;
    codec_name: string;
    width?: number;
    height?: number;
    pix_fmt?: string;
    duration?: string;
  }[];
  format: { duration: string };
}

/** ffprobe of an MP4 written to a temp file. */
export async function probeBytes(bytes: Uint8Array): Promise<ProbeResult> {
  const ffprobe = ffprobeInstaller.path;
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "probe-")), "video.mp4");
  writeFileSync(file, bytes);
  const out = await new Promise<string>((resolve, reject) =>
    execFile(
      ffprobe,
      ["-v", "error", "-show_streams", "-show_format", "-of", "json", file],
      (error, stdout) => (error ? reject(error) : resolve(stdout)),
    ),
  );
  rmSync(path.dirname(file), { recursive: true, force: true });
  return JSON.parse(out) as ProbeResult;
}
