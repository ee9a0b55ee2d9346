import { Hono } from "hono";
import type { AppEnv } from "../http/app-env";
import { apiError } from "../http/errors";
import { serveFile } from "../http/serve-file";
import { parseFilesPath } from "../http/signed-urls";
import type { Services } from "../services";
import { contentTypeOf } from "../storage/content-types";

// GET /emulator/files/:bucket/:name?exp&sig - presigned content (no API key), with Range
export function fileRoutes(services: Services) {
  const app = new Hono<AppEnv>();
  app.get("/:bucket/:name", async (c) => {
    const ref = parseFilesPath(`/emulator/files/${c.req.param("bucket")}/${c.req.param("name")}`);
    if (!ref) throw apiError(404, "File not found", { code: "not_found" });
    const verdict = services.signer.check(ref, c.req.query("exp") ?? null, c.req.query("sig") ?? null);
    if (verdict === "expired")
      throw apiError(403, "This link has expired; request a fresh URL", { code: "url_expired" });
    if (verdict === "invalid")
      throw apiError(403, "The link signature is invalid", { code: "invalid_signature" });
    const response = await serveFile(c.req.raw, services.layout.fileOf(ref.bucket, ref.name), {
      contentType: contentTypeOf(ref.name),
    });
    if (!response) throw apiError(404, "File not found (it may have been deleted)", { code: "not_found" });
    return response;
  });
  return app;
}
