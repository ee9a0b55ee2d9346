import "server-only";
import type { VideoDetail, VideoTaskRecord } from "@/lib/schemas/video";
import { inferVideoMode } from "@/lib/video/infer-mode";
import type { VideoRequest } from "@/lib/video/request";
import { getVideo } from "@/lib/token360";
import { presentVideoTask } from "./present";
import { recallVideoRequest } from "./video-requests";

// Token360 tasks carry no mode; the app knows it from the body it sent (kept per video id).

function modeOf(task: VideoTaskRecord, request: VideoRequest | null): VideoTaskRecord["mode"] {
  if (task.mode || !request) return task.mode;
  const inference = inferVideoMode(request);
  return inference.ok ? inference.mode : null;
}

export async function withMode(task: VideoTaskRecord): Promise<VideoTaskRecord> {
  if (task.mode) return task;
  return { ...task, mode: modeOf(task, await recallVideoRequest(task.id)) };
}

export async function getVideoDetail(videoId: string): Promise<VideoDetail> {
  const [task, request] = await Promise.all([getVideo(videoId), recallVideoRequest(videoId)]);
  return { ...presentVideoTask(task), mode: modeOf(task, request), request };
}
