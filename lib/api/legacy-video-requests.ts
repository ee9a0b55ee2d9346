import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import type { VideoTaskRecord } from "@/lib/schemas/video";
import { VIDEO_ID_PATTERN } from "@/lib/schemas/ids";
import { inferVideoMode } from "@/lib/video/infer-mode";
import type { VideoMode } from "@/lib/video/capabilities";
import { videoRequestSchema, type VideoRequest } from "@/lib/video/request";
import type { TaskRepo } from "@/lib/workspace/tasks-repo";
import { assetIdsOf, createdAtOf, stateOf } from "./task-records";

// Earlier versions kept the body of each task as DATA_DIR/bff/video-requests/<id>.json. A task
// the provider still lists and the index does not hold is taken into the index from its file
// the first time it is seen (the file is removed once the row is written), so "Run again"
// keeps working for tasks made before the index existed.

function readLegacyRequest(file: string): VideoRequest | null {
  try {
    const parsed = videoRequestSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Writes the index row for a provider task that has a legacy request file and returns the row's
 * mode; undefined when there is no (readable) file.
 */
export function adoptLegacyRequest(
  dir: string,
  repo: TaskRepo,
  provider: string,
  record: VideoTaskRecord,
  now = Date.now(),
): { mode: VideoMode | null } | undefined {
  if (!VIDEO_ID_PATTERN.test(record.id)) return undefined;
  const file = path.join(dir, `${record.id}.json`);
  const request = readLegacyRequest(file);
  if (!request) return undefined;
  const inference = inferVideoMode(request);
  const mode = record.mode ?? (inference.ok ? inference.mode : null);
  repo.insert({
    provider,
    taskId: record.id,
    model: request.model,
    mode,
    request,
    inputAssetIds: assetIdsOf(request),
    sourceVideoIds: [],
    createdAt: createdAtOf(record, now),
    recordedAt: now,
    ...stateOf(record, now),
  });
  rmSync(file, { force: true });
  return { mode };
}
