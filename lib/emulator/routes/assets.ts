import { Hono } from "hono";
import { ASSET_STATUSES, MEDIA_TYPES } from "@/lib/schemas/asset";
import { assetRecord } from "../assets/asset-record";
import { receiveAssetUpload } from "../assets/receive-asset-upload";
import type { AppEnv } from "../http/app-env";
import { consoleOk, consolePage } from "../http/console-envelope";
import { consoleError } from "../http/errors";
import { pageQuery, textParam } from "../http/query";
import { readJsonObject } from "../http/read-body";
import { serveFile } from "../http/serve-file";
import type { Services } from "../services";
import { removeQuietly } from "../storage/layout";
import { parseKind } from "./asset-groups";

function oneOf(value: string | undefined, allowed: readonly string[], param: string): string | undefined {
  if (value === undefined) return undefined;
  const normalized = value.toLowerCase();
  if (!allowed.includes(normalized)) {
    throw consoleError(
      400,
      "INVALID_PARAMETER",
      `Unknown ${param} ${value}; use one of ${allowed.join(", ")}`,
    );
  }
  return normalized;
}

export function assetRoutes(services: Services) {
  const { assets, groups, config, layout, signer } = services;
  const app = new Hono<AppEnv>();

  const find = (tenantId: number, assetId: string) => {
    const row = assets.get(tenantId, assetId, config.now());
    if (!row) throw consoleError(404, "ASSET_NOT_FOUND", `Asset ${assetId} not found`);
    return row;
  };

  // GET /v1/assets - newest first, filtered by group, kind, status, media type or keyword
  app.get("/", (c) => {
    const url = new URL(c.req.url);
    const page = pageQuery(url);
    const tenantId = c.var.tenant.id;
    const groupKey = textParam(url, "groupId", "assetGroupId");
    // An unknown group filters everything out rather than failing: it is only a filter.
    const groupSeq = groupKey ? (groups.get(tenantId, groupKey, config.now())?.seq ?? -1) : undefined;
    const filter = {
      tenantId,
      now: config.now(),
      groupSeq,
      kind: parseKind(textParam(url, "groupKind", "assetKind", "kind"), "groupKind"),
      status: oneOf(textParam(url, "status"), ASSET_STATUSES, "status"),
      mediaType: oneOf(textParam(url, "mediaType"), MEDIA_TYPES, "mediaType"),
      keyword: textParam(url, "keyword"),
    };
    const { rows, total } = assets.list(filter, page.offset, page.size);
    const items = rows.map((row) => assetRecord(row, c.var.tenant, signer, c.var.origin));
    return consolePage(items, { current: page.current, size: page.size, total });
  });

  // POST /v1/assets - multipart upload into a group (ta_) or the generic library (ua_)
  app.post("/", async (c) => {
    const row = await receiveAssetUpload(services, c.var.tenant, c.req.raw);
    return consoleOk(assetRecord(row, c.var.tenant, signer, c.var.origin));
  });

  // GET /v1/assets/:assetId - one asset (clients poll it until active)
  app.get("/:assetId", (c) =>
    consoleOk(assetRecord(find(c.var.tenant.id, c.req.param("assetId")), c.var.tenant, signer, c.var.origin)),
  );

  // PATCH /v1/assets/:assetId - rename (`name` or `displayName`); other fields are ignored
  app.patch("/:assetId", async (c) => {
    const row = find(c.var.tenant.id, c.req.param("assetId"));
    const body = await readJsonObject(c.req.raw, 64 * 1024, "console");
    const name = body.name ?? body.displayName;
    if (name !== undefined) {
      if (typeof name !== "string" || !name.trim() || name.trim().length > 200) {
        throw consoleError(400, "INVALID_NAME", "name must be a non-empty string of at most 200 characters");
      }
      assets.rename(row.id, name.trim(), config.now());
    }
    const updated = find(c.var.tenant.id, row.asset_id);
    return consoleOk(assetRecord(updated, c.var.tenant, signer, c.var.origin), "Asset updated");
  });

  // DELETE /v1/assets/:assetId - the asset and its files
  app.delete("/:assetId", async (c) => {
    const row = find(c.var.tenant.id, c.req.param("assetId"));
    assets.delete(row.id);
    await removeQuietly(
      layout.fileOf("assets", row.file_name),
      row.thumb_name && layout.fileOf("thumbs", row.thumb_name),
    );
    return consoleOk("Deleted successfully", "Asset deleted");
  });

  // GET /v1/assets/:assetId/content and /thumbnail - authenticated bytes (Range supported)
  for (const variant of ["content", "thumbnail"] as const) {
    app.get(`/:assetId/${variant}`, async (c) => {
      const row = find(c.var.tenant.id, c.req.param("assetId"));
      if (row.status === "expired")
        throw consoleError(410, "ASSET_EXPIRED", `Asset ${row.asset_id} has expired`);
      const thumb = variant === "thumbnail";
      const name = thumb ? row.thumb_name : row.file_name;
      const response = name
        ? await serveFile(c.req.raw, layout.fileOf(thumb ? "thumbs" : "assets", name), {
            contentType: thumb ? "image/webp" : row.mime_type,
            disposition: thumb ? undefined : `inline; filename="${row.asset_id}.${row.file_type}"`,
          })
        : null;
      if (!response) throw consoleError(404, "FILE_NOT_FOUND", `Asset ${row.asset_id} has no ${variant}`);
      return response;
    });
  }

  return app;
}
