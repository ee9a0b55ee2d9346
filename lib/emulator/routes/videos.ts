import { Hono } from "hono";
import type { VideoRow } from "../db/videos-repo";
import type { AppEnv } from "../http/app-env";
import { apiError } from "../http/errors";
import type { Services } from "../services";
import { deleteVideo } from "../videos/delete-video";
import { submitVideo } from "../videos/submit-video";
import { videoObject } from "../videos/video-record";
import { videoContent } from "./video-content";

const MAX_LIMIT = 100;

function listQuery(url: URL) {
  const rawLimit = url.searchParams.get("limit");
  const limit = rawLimit === null || rawLimit === "" ? 20 : Number(rawLimit);
  if (!Number.isInteger(limit) || limit < 1) {
    throw apiError(400, `limit must be a positive integer, got ${rawLimit}`, {
      param: "limit",
      code: "invalid_parameter",
    });
  }
  const order = url.searchParams.get("order") ?? "desc";
  if (order !== "asc" && order !== "desc") {
    throw apiError(400, "order must be asc or desc", { param: "order", code: "invalid_parameter" });
  }
  const after = url.searchParams.get("after") || null;
  const before = url.searchParams.get("before") || null;
  if (after && before)
    throw apiError(400, "Send after or before, not both", { param: "before", code: "invalid_parameter" });
  // The documented maximum is 100; larger values are clamped rather than refused.
  return { limit: Math.min(limit, MAX_LIMIT), order: order as "asc" | "desc", after, before };
}

export function videoRoutes(services: Services) {
  const { videos, signer } = services;
  const app = new Hono<AppEnv>();

  const find = (tenantId: number, videoId: string): VideoRow => {
    const row = videos.get(tenantId, videoId);
    if (!row)
      throw apiError(404, `No video found with id '${videoId}'`, {
        param: "video_id",
        code: "video_not_found",
      });
    return row;
  };

  // GET /v1/videos - cursor list (limit, after, before, order)
  app.get("/", (c) => {
    const query = listQuery(new URL(c.req.url));
    const tenantId = c.var.tenant.id;
    const cursorId = query.after ?? query.before;
    let cursor = null;
    if (cursorId) {
      const row = videos.get(tenantId, cursorId);
      if (!row) {
        const param = query.after ? "after" : "before";
        throw apiError(400, `Unknown cursor: no video with id '${cursorId}'`, {
          param,
          code: "invalid_cursor",
        });
      }
      cursor = { seq: row.seq, direction: query.after ? ("after" as const) : ("before" as const) };
    }
    const { rows, hasMore } = videos.page({ tenantId, order: query.order, cursor, limit: query.limit });
    const data = rows.map((row) => videoObject(row, signer, c.var.origin));
    return c.json({
      object: "list",
      data,
      has_more: hasMore,
      first_id: data[0]?.id ?? null,
      last_id: data.at(-1)?.id ?? null,
    });
  });

  // POST /v1/videos - submit a task (JSON or the OpenAI SDK's multipart form)
  app.post("/", async (c) => {
    const row = await submitVideo(services, c.var.tenant, c.req.raw, c.var.origin);
    return c.json(videoObject(row, signer, c.var.origin));
  });

  // GET /v1/videos/:id - poll one task
  app.get("/:videoId", (c) =>
    c.json(videoObject(find(c.var.tenant.id, c.req.param("videoId")), signer, c.var.origin)),
  );

  // DELETE /v1/videos/:id - cancel a running render, then remove the task and its files
  app.delete("/:videoId", async (c) => {
    const row = find(c.var.tenant.id, c.req.param("videoId"));
    await deleteVideo(services, row);
    return c.json({ id: row.video_id, object: "video", deleted: true });
  });

  // GET /v1/videos/:id/content - redirect (default) | url | binary, with Range on binary
  app.get("/:videoId/content", (c) =>
    videoContent(services, find(c.var.tenant.id, c.req.param("videoId")), c.req.raw, c.var.origin),
  );

  return app;
}
