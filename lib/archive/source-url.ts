import "server-only";
import { getTaskProvider } from "@/lib/api/task-provider";
import { ApiError } from "@/lib/errors/api-error";
import { signedKeptUrl } from "./kept-links";
import { getArchiver } from "./server";

// "Use as input" (an Edit/Extend source): a URL of the video the provider can fetch. A remote
// provider gets a signed link to the kept copy when PUBLIC_URL says where the app is reachable,
// so it works after the provider's own link expired; otherwise (and for the embedded emulator,
// which reads its own files in-process) the provider's URL, with the kept copy as the fallback.

export async function sourceUrlOf(taskId: string): Promise<string> {
  const provider = getTaskProvider();
  const kept = getArchiver().keptFile(taskId, "video") !== null;
  const link = kept ? signedKeptUrl(taskId) : null;
  if (link && provider.name !== "emulator") return link;
  try {
    return await provider.sourceUrl(taskId);
  } catch (error) {
    if (link) return link;
    if (kept && error instanceof ApiError && error.code === "not_found") {
      throw new ApiError(
        "not_found",
        "The provider no longer has this video. The app keeps a copy, which the provider can fetch once PUBLIC_URL (the app's public https address) is set.",
      );
    }
    throw error;
  }
}
