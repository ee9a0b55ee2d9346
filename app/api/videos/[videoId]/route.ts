import { noContent, json } from "@/lib/api/respond";
import { followVideos } from "@/lib/api/live/live";
import { videoParamsSchema } from "@/lib/api/params";
import { route } from "@/lib/api/route";
import { deleteVideoTask, getVideoDetail } from "@/lib/api/video-tasks";
import { videoDetailSchema } from "@/lib/schemas/video";

// GET /api/videos/[videoId] - one task (polled until terminal), with the body it was created with
export const GET = route({ params: videoParamsSchema }, async ({ params }) =>
  json(videoDetailSchema, followVideos(await getVideoDetail(params.videoId))),
);

// DELETE /api/videos/[videoId] - delete a task and its video, and its row in the task index
export const DELETE = route({ params: videoParamsSchema }, async ({ params }) => {
  await deleteVideoTask(params.videoId);
  return noContent();
});
