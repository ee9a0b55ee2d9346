import { Hono } from "hono";
import { adminRoutes } from "../routes/admin";
import { assetGroupRoutes } from "../routes/asset-groups";
import { assetRoutes } from "../routes/assets";
import { fileRoutes } from "../routes/files";
import { openAiModelList, publicModelRoutes } from "../routes/public-models";
import { verifyRoutes } from "../routes/verify";
import { seedanceTaskRoutes } from "../routes/seedance-tasks";
import { videoRoutes } from "../routes/videos";
import type { Services } from "../services";
import type { AppEnv } from "./app-env";
import { authenticate } from "./auth";
import { guardCapacity } from "./capacity";
import { EmulatorError, errorFor, errorResponse, familyOfPath } from "./errors";
import { injectFaults } from "./fault-middleware";

/** Every emulator route, under `/emulator` whatever the host. */
export function createApp(services: Services, wipe: () => Promise<void>) {
  const app = new Hono<AppEnv>().basePath("/emulator");

  app.use("*", async (c, next) => {
    c.set("origin", new URL(c.req.url).origin);
    await next();
  });
  app.use("/v1/*", injectFaults(services.faults));
  app.use("/v1/*", authenticate(services.tenants));
  app.use("/v1/*", guardCapacity(services));

  app.route("/v1/asset-groups", assetGroupRoutes(services));
  app.route("/v1/assets", assetRoutes(services));
  app.route("/v1/videos", videoRoutes(services));
  // The native Seedance task API, at LaoZhang's path and at the Ark hosts' path.
  for (const base of ["/seedance/api/v3", "/api/v3"]) {
    app.use(`${base}/*`, injectFaults(services.faults));
    app.route(`${base}/contents/generations/tasks`, seedanceTaskRoutes(services));
  }
  // GET /v1/models - OpenAI-compatible model list
  app.get("/v1/models", (c) => c.json(openAiModelList()));
  app.route("/public", publicModelRoutes());
  app.route("/files", fileRoutes(services));
  app.route("/verify", verifyRoutes(services));
  if (services.config.admin) app.route("/_admin", adminRoutes(services, wipe));
  // GET /emulator/health - readiness probe for e2e runs
  app.get("/health", (c) => c.json({ ok: true }));

  app.notFound((c) =>
    errorResponse(
      errorFor(
        familyOfPath(c.req.path),
        404,
        "unknown_url",
        `Unknown request URL: ${c.req.method} ${c.req.path}`,
      ),
    ),
  );
  app.onError((error, c) => {
    if (error instanceof EmulatorError) return errorResponse(error);
    // Never echo internals: log them and answer a plain 500.
    console.error(`[emulator] ${c.req.method} ${c.req.path} failed:`, error);
    return errorResponse(
      errorFor(familyOfPath(c.req.path), 500, "internal_error", "Internal emulator error"),
    );
  });
  return app;
}
