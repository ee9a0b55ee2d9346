import { presentVideoPage, presentVideoTask } from "@/lib/api/present";
import { created, json } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { rememberVideoRequest } from "@/lib/api/video-requests";
import { checkVideoRequest } from "@/lib/api/video-rules";
import { withMode } from "@/lib/api/video-tasks";
import { cursorPageSchema } from "@/lib/schemas/page";
import { listVideosQuerySchema, videoTaskSchema } from "@/lib/schemas/video";
import { videoRequestSchema } from "@/lib/video/request";
import { createVideo, listVideos } from "@/lib/token360";

// Inline data: URLs for frames make bodies large; the cap still bounds memory.
const MAX_VIDEO_BODY_BYTES = 16 * 1024 * 1024;

// GET /api/videos - the task history, newest first, by cursor
export const GET = route({ query: listVideosQuerySchema }, async ({ query }) => {
  const page = await listVideos(query);
  return json(
    cursorPageSchema(videoTaskSchema),
    presentVideoPage({ ...page, items: await Promise.all(page.items.map(withMode)) }),
  );
});

// POST /api/videos - start a generation with the exact body the Playground shows
export const POST = route(
  { body: videoRequestSchema.strict(), maxBodyBytes: MAX_VIDEO_BODY_BYTES, exactBody: true },
  async ({ body }) => {
    const mode = checkVideoRequest(body);
    const task = await createVideo(body);
    await rememberVideoRequest(task.id, body);
    return created(videoTaskSchema, presentVideoTask({ ...task, mode: task.mode ?? mode }));
  },
);
