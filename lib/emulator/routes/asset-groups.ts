import { Hono } from "hono";
import type { GroupKind } from "@/lib/schemas/asset-group";
import { normalizeGroupKind, ACCEPTED_GROUP_KINDS } from "../assets/group-kind";
import { groupRecord } from "../assets/group-record";
import type { AppEnv } from "../http/app-env";
import { consoleOk, consolePage } from "../http/console-envelope";
import { consoleError } from "../http/errors";
import { pageQuery, textParam } from "../http/query";
import { readJsonObject } from "../http/read-body";
import { newGroupId, newToken } from "../ids";
import type { Services } from "../services";
import { removeQuietly } from "../storage/layout";

const GROUP_STATUSES = ["active", "pending_validation", "expired", "failed"];
const BODY_LIMIT = 64 * 1024;

export function parseKind(value: string | undefined, param: string): GroupKind | undefined {
  if (value === undefined) return undefined;
  const kind = normalizeGroupKind(value);
  if (!kind) {
    throw consoleError(
      400,
      "INVALID_GROUP_KIND",
      `Unknown ${param} ${value}; use one of ${ACCEPTED_GROUP_KINDS.join(", ")}`,
    );
  }
  return kind;
}

function parseName(value: unknown): string {
  if (typeof value !== "string" || value.trim() === "" || value.trim().length > 100) {
    throw consoleError(400, "INVALID_NAME", "name must be a non-empty string of at most 100 characters");
  }
  return value.trim();
}

export function assetGroupRoutes(services: Services) {
  const { groups, assets, config, layout, db } = services;
  const app = new Hono<AppEnv>();

  const find = (tenantId: number, groupId: string) => {
    const row = groups.get(tenantId, groupId, config.now());
    if (!row) throw consoleError(404, "ASSET_GROUP_NOT_FOUND", `Asset group ${groupId} not found`);
    return row;
  };

  // GET /v1/asset-groups - page through the caller's groups
  app.get("/", (c) => {
    const url = new URL(c.req.url);
    const page = pageQuery(url);
    const status = textParam(url, "status")?.toLowerCase();
    if (status && !GROUP_STATUSES.includes(status)) {
      throw consoleError(
        400,
        "INVALID_STATUS",
        `Unknown status ${status}; use one of ${GROUP_STATUSES.join(", ")}`,
      );
    }
    const filter = {
      tenantId: c.var.tenant.id,
      now: config.now(),
      keyword: textParam(url, "keyword"),
      kind: parseKind(textParam(url, "groupKind", "kind"), "groupKind"),
      status,
    };
    const { rows, total } = groups.list(filter, page.offset, page.size);
    const items = rows.map((row) => groupRecord(row, c.var.tenant, c.var.origin));
    return consolePage(items, { current: page.current, size: page.size, total });
  });

  // POST /v1/asset-groups - create a group; Real Face starts pending with a verification link
  app.post("/", async (c) => {
    const body = await readJsonObject(c.req.raw, BODY_LIMIT, "console");
    const name = parseName(body.name);
    const rawKind = body.groupKind ?? body.kind ?? body.type;
    if (rawKind !== undefined && typeof rawKind !== "string") {
      throw consoleError(400, "INVALID_GROUP_KIND", "groupKind must be a string");
    }
    // groupKind is undocumented as required; a missing one means the console's default kind.
    const kind = parseKind(rawKind, "groupKind") ?? "VIRTUAL_PORTRAIT";
    const now = config.now();
    const realFace = kind === "REAL_FACE";
    const groupId = newGroupId();
    groups.insert({
      group_id: groupId,
      tenant_id: c.var.tenant.id,
      name,
      kind,
      status: realFace ? "pending_validation" : "active",
      h5_token: realFace ? newToken() : null,
      h5_expires_at: realFace ? now + config.h5LinkTtlSeconds * 1000 : null,
      created_at: now,
      updated_at: now,
    });
    return consoleOk(
      groupRecord(find(c.var.tenant.id, groupId), c.var.tenant, c.var.origin),
      "Asset group created",
    );
  });

  // GET /v1/asset-groups/:groupId - one group
  app.get("/:groupId", (c) =>
    consoleOk(groupRecord(find(c.var.tenant.id, c.req.param("groupId")), c.var.tenant, c.var.origin)),
  );

  // PATCH /v1/asset-groups/:groupId - rename; other fields (status, description, ...) are ignored
  app.patch("/:groupId", async (c) => {
    const row = find(c.var.tenant.id, c.req.param("groupId"));
    const body = await readJsonObject(c.req.raw, BODY_LIMIT, "console");
    if (body.name !== undefined) groups.rename(row.seq, parseName(body.name), config.now());
    return consoleOk(
      groupRecord(find(c.var.tenant.id, row.group_id), c.var.tenant, c.var.origin),
      "Asset group updated",
    );
  });

  // DELETE /v1/asset-groups/:groupId - the group, its assets and their files
  app.delete("/:groupId", async (c) => {
    const row = find(c.var.tenant.id, c.req.param("groupId"));
    const members = assets.inGroup(row.seq);
    db.transaction(() => {
      assets.deleteInGroup(row.seq);
      groups.delete(row.seq);
    })();
    await removeQuietly(
      ...members.flatMap((m) => [
        layout.fileOf("assets", m.file_name),
        m.thumb_name ? layout.fileOf("thumbs", m.thumb_name) : null,
      ]),
    );
    return consoleOk("Deleted successfully", "Asset group deleted");
  });

  return app;
}
