import { fetchVideoSourceUrl } from "@/lib/queries/videos";
import type { VideoTask } from "@/lib/schemas/video";
import type { UrlInput } from "./form-state";

/** An earlier result as a video input: its upstream URL comes from /api/videos/[id]/source-url. */
export async function earlierResultInput(task: Pick<VideoTask, "id" | "prompt">): Promise<UrlInput> {
  const url = await fetchVideoSourceUrl(task.id);
  const prompt = task.prompt.trim();
  const name = prompt.length > 60 ? `${prompt.slice(0, 57)}…` : prompt || task.id;
  return { source: "url", url, name, mediaType: "video", videoId: task.id };
}
