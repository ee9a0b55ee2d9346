import { withKeepFieldsPage } from "@/lib/archive/server";
import { listStarredTasks } from "@/lib/archive/starred-list";
import { listVideoTasks } from "@/lib/api/list-video-tasks";
import { followVideos } from "@/lib/api/live/live";
import { presentVideoPage, presentVideoTask } from "@/lib/api/present";
import { providerInfo } from "@/lib/api/provider-info";
import { created, json } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { checkVideoRequest } from "@/lib/api/video-rules";
import { createVideoTask } from "@/lib/api/video-tasks";
import { videoFilesQueryShape } from "@/lib/schemas/lineage";
import { cursorPageSchema } from "@/lib/schemas/page";
import { createVideoQuerySchema, listVideosQuerySchema, videoTaskSchema } from "@/lib/schemas/video";
import { videoRequestSchema } from "@/lib/video/request";

// Inline data: URLs for frames make bodies large; the cap still bounds memory.
const MAX_VIDEO_BODY_BYTES = 16 * 1024 * 1024;

// GET /api/videos - the task history (task index + the provider's list), newest first, by cursor
export const GET = route({ query: listVideosQuerySchema }, async ({ query }) => {
  const page = query.starred ? listStarredTasks(query) : await listVideoTasks(query);
  return json(cursorPageSchema(videoTaskSchema), followVideos(presentVideoPage(withKeepFieldsPage(page))));
});

// POST /api/videos - start a generation with the exact body the Playground shows
export const POST = route(
  {
    query: createVideoQuerySchema.extend(videoFilesQueryShape),
    body: videoRequestSchema.strict(),
    maxBodyBytes: MAX_VIDEO_BODY_BYTES,
    exactBody: true,
  },
  async ({ query, body }) => {
    const inferred = checkVideoRequest(body, { inlineImages: providerInfo().inlineImages });
    const task = await createVideoTask(body, {
      mode: query.mode ?? inferred,
      sourceVideoIds: query.sources,
      fileNames: query.files,
      takeGroupId: query.group,
    });
    return created(videoTaskSchema, followVideos(presentVideoTask(task)));
  },
);
