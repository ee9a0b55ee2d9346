import { Hono } from "hono";
import { createHash, timingSafeEqual } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { checkNotCrossSite } from "@/lib/net/same-origin";
import type { AppEnv } from "../http/app-env";
import { apiError } from "../http/errors";
import { faultPatchSchema } from "../http/faults";
import { readCapped, readJsonObject } from "../http/read-body";
import type { Services } from "../services";

// /emulator/_admin/* (only with `admin: true`): fault injection and a data wipe for test runs.
// A wipe deletes every tenant, so each request must carry the admin token (X-Admin-Token) and
// must not come from another site: a page elsewhere can neither send the header nor pass.

export const ADMIN_TOKEN_HEADER = "x-admin-token";

const digest = (value: string) => createHash("sha256").update(value).digest();

function requireAdmin(token: string | null): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const site = checkNotCrossSite(c.req.raw.headers, c.req.header("host") ?? null);
    if (!site.ok)
      throw apiError(403, "Admin requests must come from the emulator's own origin", { code: "forbidden" });
    const given = c.req.header(ADMIN_TOKEN_HEADER);
    if (!token || !given || !timingSafeEqual(digest(given), digest(token))) {
      throw apiError(401, `Admin requests need the admin token in ${ADMIN_TOKEN_HEADER}`, {
        type: "invalid_api_key",
        code: "invalid_admin_token",
      });
    }
    await next();
  };
}

export function adminRoutes(services: Services, wipe: () => Promise<void>) {
  const { faults } = services;
  const app = new Hono<AppEnv>();
  app.use("*", requireAdmin(services.config.adminToken));

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
    // The body is optional: an empty POST just clears the faults.
    const text = Buffer.from(await readCapped(c.req.raw, 16 * 1024, "openai"))
      .toString("utf8")
      .trim();
    let body: { wipe?: unknown } = {};
    try {
      const parsed: unknown = text ? JSON.parse(text) : {};
      body = parsed && typeof parsed === "object" ? (parsed as { wipe?: unknown }) : {};
    } catch {
      throw apiError(400, "Malformed JSON body", { code: "invalid_json" });
    }
    const state = faults.reset();
    if (body.wipe === true) await wipe();
    return c.json({ faults: state, wiped: body.wipe === true });
  });

  return app;
}
