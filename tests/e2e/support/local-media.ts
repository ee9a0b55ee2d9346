import ffmpegInstaller from "@ffmpeg-installer/ffmpeg";
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import sharp from "sharp";

// Large local files for the Playground and Assets stories, made in the test: a noisy clip
// encoded at a fixed bitrate reaches a chosen size, and a photo of random pixels stored with
// no compression weighs what its pixels weigh.

const run = promisify(execFile);

export interface LocalFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** An MP4 of `seconds` s at 720×720, 24 fps (inside the upstream's limits), about `megabytes` MB. */
export async function makeClip(name: string, seconds: number, megabytes = 1): Promise<LocalFile> {
  const dir = await mkdtemp(path.join(tmpdir(), "clip-"));
  const file = path.join(dir, name);
  const bitrate = `${Math.max(1, Math.round((megabytes * 8) / seconds))}M`;
  try {
    await run(ffmpegInstaller.path, [
      ...["-hide_banner", "-loglevel", "error", "-y"],
      ...["-f", "lavfi", "-i", `testsrc2=size=720x720:rate=24:duration=${seconds}`],
      ...["-vf", "noise=alls=80:allf=t", "-c:v", "libx264", "-preset", "ultrafast"],
      ...["-b:v", bitrate, "-maxrate", bitrate, "-minrate", bitrate, "-bufsize", bitrate],
      ...["-pix_fmt", "yuv420p", "-movflags", "+faststart", file],
    ]);
    return { name, mimeType: "video/mp4", buffer: await readFile(file) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A PNG of random pixels, uncompressed: 3000×2800 is about 25 MB, under the 30 MB cap. */
export async function makeLargePhoto(name: string, width = 3000, height = 2800): Promise<LocalFile> {
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < pixels.length; i += 4) pixels.writeUInt32LE((Math.random() * 0xffffffff) >>> 0, i);
  const buffer = await sharp(pixels, { raw: { width, height, channels: 3 } })
    .png({ compressionLevel: 0 })
    .toBuffer();
  return { name, mimeType: "image/png", buffer };
}
