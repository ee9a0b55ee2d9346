import { z } from "zod";
import { attachment, mediaHeaders } from "@/lib/api/media";
import { videoParamsSchema } from "@/lib/api/params";
import { route, type RouteContext } from "@/lib/api/route";
import { getTaskProvider } from "@/lib/api/task-provider";
import { serveKept } from "@/lib/archive/serve-kept";

const contentQuerySchema = z.strictObject({ download: z.enum(["0", "1"]).optional() });

type ContentContext = RouteContext<{ videoId: string }, z.output<typeof contentQuerySchema>, undefined>;

/** The upstream's answer and the headers the browser gets (type, length, range, file name). */
async function openContent({ params, query, request }: ContentContext) {
  const provider = getTaskProvider();
  const upstream = await provider.openContent(params.videoId, request.headers.get("range"), request.signal);
  const headers = mediaHeaders(upstream, "video/mp4");
  headers.set("accept-ranges", "bytes");
  if (query.download === "1") {
    const model = (await provider.getTask(params.videoId))?.record.model ?? "video";
    headers.set("content-disposition", attachment(`${model}-${params.videoId}.mp4`));
  }
  return { upstream, headers };
}

// GET /api/videos/[videoId]/content - the MP4, streamed with Range passthrough (?download=1 saves it)
export const GET = route({ params: videoParamsSchema, query: contentQuerySchema }, async (context) => {
  // The app's kept copy first: it plays after the provider's link expired or the task was deleted.
  const kept = await serveKept(
    context.request,
    context.params.videoId,
    "video",
    context.query.download === "1",
  );
  if (kept) return kept;
  const { upstream, headers } = await openContent(context);
  return new Response(upstream.status === 416 ? null : upstream.body, { status: upstream.status, headers });
});

// HEAD /api/videos/[videoId]/content - the same headers (size, type, ranges) without the bytes
export const HEAD = route({ params: videoParamsSchema, query: contentQuerySchema }, async (context) => {
  const kept = await serveKept(
    context.request,
    context.params.videoId,
    "video",
    context.query.download === "1",
  );
  if (kept) return kept;
  const { upstream, headers } = await openContent(context);
  await upstream.body?.cancel();
  return new Response(null, { status: upstream.status, headers });
});
