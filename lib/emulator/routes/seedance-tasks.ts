import { Hono, type MiddlewareHandler } from "hono";
import type { VideoRow } from "../db/videos-repo";
import type { AppEnv } from "../http/app-env";
import { bearerKey } from "../http/auth";
import { apiError, EmulatorError } from "../http/errors";
import { readJsonObject } from "../http/read-body";
import type { Services } from "../services";
import { deleteVideo } from "../videos/delete-video";
import { nativeTaskObject, readNativeTask } from "../videos/native-task";
import { submitVideo } from "../videos/submit-video";

// The native Seedance task API as LaoZhang (/seedance/api/v3) and the Ark hosts (/api/v3)
// serve it: POST, GET by id and DELETE of /contents/generations/tasks (UPSTREAM.md §1.1).
// Tasks are the emulator's videos, so /v1/videos/{id}/content serves their MP4 too (§3).

const JSON_LIMIT = 16 * 1024 * 1024;

/** Ark's error body `{error:{code,message,param,type}}` (§1.8); codes here are Ark's own. */
function arkError(status: number, code: string, message: string, param?: string | null) {
  const type =
    status === 401
      ? "Unauthorized"
      : status === 404
        ? "NotFound"
        : status === 429
          ? "TooManyRequests"
          : "BadRequest";
  return Response.json({ error: { code, message, param: param ?? null, type } }, { status });
}

/** The emulator's errors in Ark's words: its own codes where they already are Ark's. */
function asArk(error: EmulatorError): Response {
  const { status, details, message } = error;
  const own =
    typeof details.code === "string" && /^[A-Z][A-Za-z.]+$/.test(details.code) ? details.code : null;
  const code =
    own ??
    (status === 404
      ? "ResourceNotFound"
      : status === 429
        ? "TooManyRequests"
        : status >= 500
          ? "InternalServiceError"
          : "InvalidParameter");
  const response = arkError(status, code, message, details.param);
  for (const [name, value] of Object.entries(details.headers ?? {})) response.headers.set(name, value);
  return response;
}

/** Bearer key -> tenant, with Ark's 401; every error below answers in Ark's shape. */
function arkDialect(services: Services): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const key = bearerKey(c.req.raw);
    if (!key)
      return arkError(401, "AuthenticationError", "The API key in the request is missing or invalid.");
    c.set("tenant", services.tenants.forKey(key));
    await next();
    if (c.error instanceof EmulatorError) c.res = asArk(c.error);
  };
}

export function seedanceTaskRoutes(services: Services) {
  const { videos, signer, scheduler } = services;
  const app = new Hono<AppEnv>();
  app.use("*", arkDialect(services));

  const find = (tenantId: number, taskId: string): VideoRow => {
    const row = videos.get(tenantId, taskId);
    if (!row)
      throw apiError(404, `The specified task ${taskId} is not found.`, {
        code: "ResourceNotFound",
        param: "id",
      });
    return row;
  };

  // POST …/contents/generations/tasks - create; answers {id} only (§1.6)
  app.post("/", async (c) => {
    if (scheduler.pending >= services.config.maxQueuedVideos) {
      throw apiError(429, "Too many tasks are queued; retry later.", {
        code: "TooManyRequests",
        headers: { "Retry-After": "5" },
      });
    }
    const body = readNativeTask(await readJsonObject(c.req.raw, JSON_LIMIT, "openai"));
    const request = new Request(c.req.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    const row = await submitVideo(services, c.var.tenant, request, c.var.origin);
    return c.json({ id: row.video_id });
  });

  // GET …/contents/generations/tasks/:id - poll one task
  app.get("/:taskId", (c) =>
    c.json(nativeTaskObject(find(c.var.tenant.id, c.req.param("taskId")), signer, c.var.origin)),
  );

  // DELETE …/contents/generations/tasks/:id - §1.7: queued -> cancelled, finished -> deleted,
  // running and cancelled refused. The hosts' exact refusal code is not documented: ours is a
  // 409 that says why.
  app.delete("/:taskId", async (c) => {
    const row = find(c.var.tenant.id, c.req.param("taskId"));
    if (row.status === "in_progress" || row.status === "cancelled") {
      const what =
        row.status === "in_progress" ? "running and cannot be cancelled or deleted" : "already cancelled";
      throw apiError(409, `The task ${row.video_id} is ${what}.`, {
        code: "InvalidAction.TaskStatus",
        param: "id",
      });
    }
    if (row.status === "queued") {
      await scheduler.cancel(row.video_id);
      videos.update(row.video_id, { status: "cancelled", progress: 0, updated_at: services.config.now() });
      return c.json({});
    }
    // Finished (succeeded, failed, expired): the record and its files go.
    await deleteVideo(services, row);
    return c.json({});
  });

  return app;
}
