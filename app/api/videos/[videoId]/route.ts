import { getArchiver, withKeepFields } from "@/lib/archive/server";
import { noContent, json } from "@/lib/api/respond";
import { followVideos } from "@/lib/api/live/live";
import { videoParamsSchema } from "@/lib/api/params";
import { route } from "@/lib/api/route";
import { deleteVideoTask, getVideoDetail } from "@/lib/api/video-tasks";
import { ApiError } from "@/lib/errors/api-error";
import { videoDetailSchema, videoPatchSchema, videoTaskSchema } from "@/lib/schemas/video";

// GET /api/videos/[videoId] - one task (polled until terminal), with the body it was created with
export const GET = route({ params: videoParamsSchema }, async ({ params }) =>
  json(videoDetailSchema, followVideos(withKeepFields(await getVideoDetail(params.videoId)))),
);

// DELETE /api/videos/[videoId] - delete a task and its video, and its row in the task index
export const DELETE = route({ params: videoParamsSchema }, async ({ params }) => {
  await deleteVideoTask(params.videoId);
  await getArchiver().discard(params.videoId);
  return noContent();
});

// PATCH /api/videos/[videoId] - star or unstar a video ({ starred }); a starred one outlives the archive's cap
export const PATCH = route(
  { params: videoParamsSchema, body: videoPatchSchema },
  async ({ params, body }) => {
    if (!getArchiver().setStarred(params.videoId, body.starred))
      throw new ApiError("not_found", "Only videos made in this app can be starred");
    return json(videoTaskSchema.pick({ id: true, starred: true }), {
      id: params.videoId,
      starred: body.starred,
    });
  },
);
