import "server-only";
import { ApiError } from "@/lib/errors/api-error";
import type { Asset } from "@/lib/schemas/asset";
import { videoTaskSchema, type VideoTask } from "@/lib/schemas/video";
import { getAsset, listAssets } from "@/lib/token360";
import { withKeepFields } from "@/lib/archive/server";
import { logError } from "../log";
import { presentAsset } from "../present";
import { getVideoDetail } from "../video-tasks";
import { createFollower, type Follower } from "./follower";

// The server's one follower (lib/api/live/follower.ts), and the taps through which the BFF's
// answers tell it what is processing. Cached on globalThis because Next may load this module
// more than once (route bundles), and every route must reach the same follower.

const store = globalThis as typeof globalThis & { __portraitStudioLiveFollower?: Follower };

const orNullWhenGone = async <T>(read: () => Promise<T>): Promise<T | null> => {
  try {
    return await read();
  } catch (error) {
    if (error instanceof ApiError && error.code === "not_found") return null;
    throw error;
  }
};

// The same reads as GET /api/assets/[id] and GET /api/videos/[id], so an event carries what
// those routes would answer (a task without the body it was created with).
const sources = {
  asset: (assetId: string) => orNullWhenGone(async () => presentAsset(await getAsset(assetId))),
  // withKeepFields: a task the follower sees completed is kept (lib/archive), as from the routes.
  video: (videoId: string) =>
    orNullWhenGone(async () => asTask(withKeepFields(await getVideoDetail(videoId)))),
  processingAssets: async () =>
    (await listAssets({ page: 1, pageSize: 100, status: "processing" })).items.map(presentAsset),
};

const asTask = (task: VideoTask): VideoTask => videoTaskSchema.parse(task);

export function liveFollower(): Follower {
  store.__portraitStudioLiveFollower ??= createFollower(sources, {
    onError: (error, kind, id) => logError(`could not check the ${kind} ${id} for live status`, error),
  });
  return store.__portraitStudioLiveFollower;
}

const itemsOf = <T>(answer: T | { items: T[] }): T[] =>
  typeof answer === "object" && answer !== null && "items" in answer ? answer.items : [answer];

/** Taps an answer with assets: the processing ones are followed for the pages listening. */
export function followAssets<T extends Asset | { items: Asset[] }>(answer: T): T {
  liveFollower().noticeAssets(itemsOf<Asset>(answer));
  return answer;
}

/** Taps an answer with video tasks: the unfinished ones are followed for the pages listening. */
export function followVideos<T extends VideoTask | { items: VideoTask[] }>(answer: T): T {
  const follower = liveFollower();
  // Nothing to parse when nobody listens (the follower would drop the notice anyway).
  if (follower.listenerCount() > 0) follower.noticeVideos(itemsOf<VideoTask>(answer).map(asTask));
  return answer;
}
