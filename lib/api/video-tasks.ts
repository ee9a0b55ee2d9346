import "server-only";
import { ApiError } from "@/lib/errors/api-error";
import type { VideoDetail, VideoTaskRecord } from "@/lib/schemas/video";
import type { VideoMode } from "@/lib/video/capabilities";
import type { VideoRequest } from "@/lib/video/request";
import type { TaskRepo } from "@/lib/workspace/tasks-repo";
import { getWorkspace } from "@/lib/workspace/workspace";
import { LEGACY_VIDEO_REQUESTS_DIR } from "./data-dir";
import { adoptLegacyRequest } from "./legacy-video-requests";
import { logError } from "./log";
import { presentVideoTask } from "./present";
import { recordTakeAndEstimate, recordUsage, withTakesAndCost } from "./takes-and-cost";
import { getTaskProvider, type ProviderTask } from "./task-provider";
import {
  assetIdsOf,
  createdAtOf,
  hasChanged,
  lostRecord,
  ownVideoIdsOf,
  recordOf,
  requestOf,
  stateOf,
} from "./task-records";

// Video tasks through the task index (lib/workspace/tasks-repo): create records the exact body,
// the Playground's mode and the inputs; reads follow the provider and write what changed back.

export interface TaskOrigin {
  /** The Playground mode the user was in (the wire may say "reference" for edit/extend/stitch). */
  mode: VideoMode;
  /** Earlier results used as inputs. */
  sourceVideoIds: string[];
  /** Local files used as inputs, by name (lineage). */
  fileNames?: string[];
  /** The group of takes (same request, other seeds) the task is one of. */
  takeGroupId?: string | null;
}

const tasks = () => getWorkspace().tasks;

/**
 * The provider is called first and the row written once it has answered, in one statement:
 * a failed create leaves no row (nothing exists to follow or list; the Playground shows the
 * error and keeps the form), and a crash at any moment leaves the row whole or absent.
 */
export async function createVideoTask(body: VideoRequest, origin: TaskOrigin): Promise<VideoTaskRecord> {
  const provider = getTaskProvider();
  const record = { ...(await provider.createTask(body)), mode: origin.mode };
  const now = Date.now();
  try {
    tasks().insert({
      provider: provider.name,
      taskId: record.id,
      model: body.model,
      mode: origin.mode,
      request: body,
      inputAssetIds: assetIdsOf(body),
      sourceVideoIds: [...new Set([...origin.sourceVideoIds, ...ownVideoIdsOf(body)])],
      inputFileNames: [...new Set(origin.fileNames ?? [])],
      createdAt: createdAtOf(record, now),
      recordedAt: now,
      ...stateOf(record, now),
    });
    recordTakeAndEstimate(provider.name, record.id, body, origin.takeGroupId ?? null);
  } catch (error) {
    // The task exists upstream and is paid for: failing the call would invite a second one.
    logError("could not record a video task in the index", error);
  }
  return record;
}

/** Writes what the provider reported (or that it no longer has the task) into the index. */
export function recordSeen(
  repo: TaskRepo,
  provider: string,
  seen: {
    record: VideoTaskRecord;
    outputs: ProviderTask["outputs"] | null;
    listed: boolean;
    usage?: ProviderTask["usage"];
  },
) {
  const taskId = seen.record.id;
  const row = repo.find(provider, taskId);
  if (row && seen.usage) recordUsage(provider, taskId, requestOf(row), seen.usage.totalTokens);
  if (!row || (seen.listed && !hasChanged(row, seen.record, seen.outputs))) return;
  if (!seen.listed && !row.providerListed && row.status === seen.record.status) return;
  repo.updateState(provider, taskId, stateOf(seen.record, Date.now(), seen.outputs), seen.listed);
}

const withCost = (provider: string, record: VideoTaskRecord) => withTakesAndCost(provider, [record])[0]!;

export async function getVideoDetail(videoId: string): Promise<VideoDetail> {
  const provider = getTaskProvider();
  const row = tasks().find(provider.name, videoId);
  let found: ProviderTask | null;
  try {
    found = await provider.getTask(videoId);
  } catch (error) {
    // A finished task answers from the index while the provider is unreachable; a live one
    // needs the provider, so its error reaches the caller.
    if (!row || (row.status !== "completed" && row.status !== "failed")) throw error;
    logError("could not refresh a finished task from the provider", error);
    return {
      ...presentVideoTask(withCost(provider.name, recordOf(row))),
      request: requestOf(row),
      providerListed: row.providerListed,
    };
  }
  if (!row) {
    if (!found) throw new ApiError("not_found", "No video with that ID");
    const adopted = adoptLegacyRequest(LEGACY_VIDEO_REQUESTS_DIR(), tasks(), provider.name, found.record);
    if (!adopted) return { ...presentVideoTask(found.record), request: null, providerListed: true };
    return getVideoDetail(videoId);
  }
  const indexed = recordOf(row);
  // Some providers (the native task API) echo no prompt: the index keeps the one sent.
  const record = found
    ? {
        ...found.record,
        mode: indexed.mode ?? found.record.mode,
        prompt: found.record.prompt || indexed.prompt,
      }
    : lostRecord(indexed);
  recordSeen(tasks(), provider.name, {
    record,
    outputs: found?.outputs ?? null,
    listed: found !== null,
    usage: found?.usage,
  });
  return {
    ...presentVideoTask(withCost(provider.name, record)),
    request: requestOf(row),
    providerListed: found !== null,
  };
}

export async function deleteVideoTask(videoId: string): Promise<void> {
  const provider = getTaskProvider();
  const row = tasks().find(provider.name, videoId);
  try {
    await provider.deleteTask(videoId, row?.status);
  } catch (error) {
    // A task the provider already forgot can still leave the history.
    if (!(row && error instanceof ApiError && error.code === "not_found")) throw error;
  }
  tasks().delete(provider.name, videoId);
}
