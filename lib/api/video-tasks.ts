import "server-only";
import type { VideoDetail, VideoTask } from "@/lib/schemas/video";
import { inferVideoMode } from "@/lib/video/infer-mode";
import type { VideoRequest } from "@/lib/video/request";
import { getVideo } from "@/lib/token360";
import { recallVideoRequest } from "./video-requests";

// Token360 tasks carry no mode; the app knows it from the body it sent (kept per video id).

function modeOf(task: VideoTask, request: VideoRequest | null): VideoTask["mode"] {
  if (task.mode || !request) return task.mode;
  const inference = inferVideoMode(request);
  return inference.ok ? inference.mode : null;
}

export async function withMode(task: VideoTask): Promise<VideoTask> {
  if (task.mode) return task;
  return { ...task, mode: modeOf(task, await recallVideoRequest(task.id)) };
}

export async function getVideoDetail(videoId: string): Promise<VideoDetail> {
  const [task, request] = await Promise.all([getVideo(videoId), recallVideoRequest(videoId)]);
  return { ...task, mode: modeOf(task, request), request };
}
