import "server-only";
import { ApiError } from "@/lib/errors/api-error";
import type { VideoTaskRecord } from "@/lib/schemas/video";
import type { VideoRequest } from "@/lib/video/request";
import { segment } from "@/lib/token360/http";
import { requestArk } from "./http";
import { createdRecord, fromArkTask, toArkBody, type ArkTaskView } from "./mapping";
import type { ArkUpstream } from "./upstream";
import { wireArkCreatedSchema } from "./wire/task";

// /contents/generations/tasks (UPSTREAM.md §1.1). No list: LaoZhang's relay has none and the
// task index is the history for every host of this family.

const TASKS = "/contents/generations/tasks";

/** POST: never retried (a retry could bill twice). Create answers `{id}` only. */
export async function createArkTask(request: VideoRequest, upstream: ArkUpstream): Promise<VideoTaskRecord> {
  const body = toArkBody(request, upstream.settings.models);
  const answer = await requestArk(upstream, { method: "POST", path: TASKS, json: body });
  const parsed = wireArkCreatedSchema.safeParse(answer);
  if (!parsed.success)
    throw new ApiError("upstream_error", `${upstream.label} accepted the task but sent no task id.`);
  return createdRecord(parsed.data.id, request);
}

export async function getArkTask(taskId: string, upstream: ArkUpstream): Promise<ArkTaskView> {
  const raw = await requestArk(upstream, { method: "GET", path: `${TASKS}/${segment(taskId)}` });
  return fromArkTask(raw, upstream.label, upstream.settings.models);
}

/**
 * DELETE (§1.7): a queued task is cancelled, a finished one deleted; a running task cannot be
 * stopped, which the provider refuses and the app says in words.
 */
export async function deleteArkTask(taskId: string, upstream: ArkUpstream, status?: string): Promise<void> {
  if (status === "in_progress") {
    throw new ApiError(
      "conflict",
      `${upstream.label} cannot stop a task that is already running. Wait until it finishes, then delete it.`,
    );
  }
  await requestArk(upstream, { method: "DELETE", path: `${TASKS}/${segment(taskId)}` });
}
