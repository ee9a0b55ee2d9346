import { stat, statfs } from "node:fs/promises";
import type { UsageRepo } from "../db/usage-repo";
import { parseInternalFileUrl } from "../http/signed-urls";
import type { PreparedInput } from "../videos/prepared-input";
import type { Layout } from "./layout";

// Bytes a tenant holds and bytes the disk has left, for the storage checks in front of uploads
// and video tasks. Upload sizes come from the database; a task's files (MP4, last frame, stored
// inputs) are measured on disk, which is slower, so that part is remembered for a few seconds.

const VIDEO_FILES_TTL_MS = 10_000;

const sizeOf = (file: string) =>
  stat(/*turbopackIgnore: true*/ file).then(
    (info) => info.size,
    () => 0,
  );

export function createTenantUsage(usage: UsageRepo, layout: Layout) {
  const videoBytes = new Map<number, { bytes: number; at: number }>();

  async function measureVideos(tenantId: number): Promise<number> {
    const cached = videoBytes.get(tenantId);
    if (cached && Date.now() - cached.at < VIDEO_FILES_TTL_MS) return cached.bytes;
    let bytes = 0;
    for (const row of usage.videos(tenantId)) {
      bytes += await sizeOf(layout.fileOf("videos", `${row.video_id}.mp4`));
      bytes += await sizeOf(layout.fileOf("frames", `${row.video_id}.png`));
      for (const input of JSON.parse(row.inputs_json) as PreparedInput[]) {
        const ref = parseInternalFileUrl(input.url);
        if (ref?.bucket === "inputs") bytes += await sizeOf(layout.fileOf(ref.bucket, ref.name));
      }
    }
    videoBytes.set(tenantId, { bytes, at: Date.now() });
    return bytes;
  }

  return {
    async bytesOf(tenantId: number): Promise<number> {
      return usage.assetBytes(tenantId) + (await measureVideos(tenantId));
    },
    /** Bytes free to this process on the data dir's disk. */
    async freeDiskBytes(): Promise<number> {
      const info = await statfs(layout.root);
      return info.bavail * info.bsize;
    },
  };
}
