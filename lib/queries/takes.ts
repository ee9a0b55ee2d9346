import { objectAnswer } from "@/lib/client/answer";
import { fetchJson } from "@/lib/client/fetch-json";
import { videosUrl } from "@/lib/schemas/app-urls";
import type { VideoTask } from "@/lib/schemas/video";
import type { VideoRequest } from "@/lib/video/request";
import type { VideoOrigin } from "./videos";

/** One take of a group: the same body with its own seed, recorded under the group's id. */
export const createTake = (body: VideoRequest, origin: VideoOrigin, groupId: string): Promise<VideoTask> =>
  fetchJson(
    objectAnswer<VideoTask>("id", "status", "model"),
    videosUrl({ mode: origin.mode, sources: origin.sourceVideoIds?.join(","), group: groupId }),
    { method: "POST", json: body },
  );
