import "server-only";
import { serveFile } from "@/lib/api/serve-file";
import { getWorkspace } from "@/lib/workspace/workspace";
import { getTaskProvider } from "@/lib/api/task-provider";
import type { KeptFile } from "./layout";
import { getArchiver } from "./server";

// The kept copy as the answer of /api/videos/[id]/content and /last-frame, ahead of the
// provider's: it plays, seeks (Range) and downloads after the provider's link expired or the
// provider deleted the task. Null when there is no kept copy (the route then asks the provider).

const TYPES: Record<KeptFile, string> = { video: "video/mp4", frame: "image/png" };

export async function serveKept(
  request: Request,
  taskId: string,
  file: KeptFile,
  download = false,
): Promise<Response | null> {
  const path = getArchiver().keptFile(taskId, file);
  if (!path) return null;
  const model = download
    ? (getWorkspace().tasks.find(getTaskProvider().name, taskId)?.model ?? "video")
    : null;
  return serveFile(request, path, {
    contentType: TYPES[file],
    downloadName: model ? `${model}-${taskId}.mp4` : undefined,
  });
}
