import { Hono } from "hono";
import type { AppEnv } from "../http/app-env";
import { apiError } from "../http/errors";
import { faultPatchSchema } from "../http/faults";
import { readJsonObject } from "../http/read-body";
import type { Services } from "../services";

// /emulator/_admin/* (only with `admin: true`): fault injection and a data wipe for test runs.
export function adminRoutes(services: Services, wipe: () => Promise<void>) {
  const { faults } = services;
  const app = new Hono<AppEnv>();

  // GET /emulator/_admin/faults - the current fault state
  app.get("/faults", (c) => c.json(faults.get()));

  // POST /emulator/_admin/faults - e.g. {"fault":"429","faultCount":3,"retryAfterSeconds":1,"failNextUploads":2}
  app.post("/faults", async (c) => {
    const parsed = faultPatchSchema.safeParse(await readJsonObject(c.req.raw, 16 * 1024, "openai"));
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw apiError(400, `Invalid ${issue.path.join(".") || "body"}: ${issue.message}`, {
        code: "invalid_parameter",
      });
    }
    return c.json(faults.set(parsed.data));
  });

  // POST /emulator/_admin/reset - clear every fault; {"wipe":true} also deletes all tenants' data
  app.post("/reset", async (c) => {
    const hasBody = (c.req.header("content-length") ?? "0") !== "0" || c.req.header("transfer-encoding");
    const body = hasBody ? await readJsonObject(c.req.raw, 16 * 1024, "openai") : {};
    const state = faults.reset();
    if (body.wipe === true) await wipe();
    return c.json({ faults: state, wiped: body.wipe === true });
  });

  return app;
}
