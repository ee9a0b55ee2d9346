import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { Readable } from "node:stream";
import { videoParamsSchema } from "@/lib/api/params";
import { route } from "@/lib/api/route";
import { videoFrameFile } from "@/lib/api/video-frames";
import { videoFrameQuerySchema } from "@/lib/schemas/lineage";

// GET /api/videos/[videoId]/frame - one frame as a PNG taken from the MP4 (?at=end or seconds)
export const GET = route(
  { params: videoParamsSchema, query: videoFrameQuerySchema },
  async ({ params, query, request }) => {
    const file = await videoFrameFile(params.videoId, query.at, request.signal);
    const { size } = await stat(file);
    return new Response(Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>, {
      headers: {
        "content-type": "image/png",
        "content-length": String(size),
        "cache-control": "private, max-age=86400",
        "x-content-type-options": "nosniff",
      },
    });
  },
);
