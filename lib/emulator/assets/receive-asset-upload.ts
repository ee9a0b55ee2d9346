import { rename } from "node:fs/promises";
import path from "node:path";
import { AV_LIMITS } from "@/lib/media/av-rules";
import { PORTRAIT_MODELS_MESSAGE, MODEL_CAPABILITIES, isVideoModelId } from "@/lib/video/capabilities";
import type { Tenant } from "../db/tenants";
import { consoleError } from "../http/errors";
import { newPortraitAssetId, newUploadAssetId } from "../ids";
import { scaled } from "../options";
import type { Services } from "../services";
import { removeQuietly } from "../storage/layout";
import { isPortrait } from "./group-kind";
import { inspectAv, sniffAv, writeAvThumbnail } from "./inspect-av";
import { inspectImage, writeThumbnail } from "./inspect-image";
import { MediaProblem } from "./media-problem";
import { receiveMultipart, type ReceivedMultipart } from "./receive-multipart";

// POST /v1/assets: stream to a temp file, check the target group, validate the bytes, write a
// thumbnail, then move both into place and insert the row. Images go anywhere; videos and
// audio only into the generic library (portrait groups register faces, API.md §3.6). Each step that fails removes what
// the earlier steps wrote, so nothing half-written survives.

const DAY_MS = 24 * 60 * 60 * 1000;
const RETENTION_DAYS = new Set([1, 7, 30]);
const SIMULATED_FAILURE = "The provider could not register this image (simulated failure)";

function retentionDays(raw: string | undefined): number | null {
  if (raw === undefined || raw.trim() === "" || raw.trim().toLowerCase() === "none") return null;
  const days = Number(raw);
  if (!RETENTION_DAYS.has(days)) {
    throw consoleError(400, "INVALID_RETENTION", `retentionDays must be 1, 7, 30 or none, got ${raw}`);
  }
  return days;
}

function displayName(form: ReceivedMultipart, filename: string): string {
  const chosen = (form.fields.name ?? form.fields.displayName ?? "").trim();
  const fallback = path.parse(filename).name.trim() || "Untitled";
  return (chosen || fallback).slice(0, 200);
}

export async function receiveAssetUpload(services: Services, tenant: Tenant, request: Request) {
  const { config, layout, groups, assets, db, faults } = services;
  const form = await receiveMultipart(request, {
    // The largest cap of any type (video); each type's own cap is checked once it is known.
    maxFileBytes: AV_LIMITS.video.maxBytes,
    tempPath: () => layout.tempPath(".upload"),
    family: "console",
  });
  const file = form.file;
  if (!file) throw consoleError(400, "FILE_REQUIRED", "Attach the image as the multipart field `file`");
  const thumbTemp = layout.tempPath(".webp");
  const moved: string[] = [];
  try {
    // `groupId` is the unified id; `assetGroupId` is tolerated as a second spelling.
    const groupKey = (form.fields.groupId ?? form.fields.assetGroupId ?? form.fields.group_id ?? "").trim();
    const group = groupKey ? groups.get(tenant.id, groupKey, config.now()) : null;
    if (groupKey && !group)
      throw consoleError(404, "ASSET_GROUP_NOT_FOUND", `Asset group ${groupKey} not found`);
    if (group && group.status !== "active") {
      throw consoleError(409, "ASSET_GROUP_NOT_ACTIVE", "Asset group is not active");
    }
    const kind = group?.kind ?? "GENERIC";
    const portrait = isPortrait(kind);
    const model = form.fields.model?.trim();
    if (portrait && model && isVideoModelId(model) && !MODEL_CAPABILITIES[model].portraitAssets) {
      throw consoleError(
        400,
        "MODEL_NOT_SUPPORTED",
        `${PORTRAIT_MODELS_MESSAGE}; ${model} cannot use this asset`,
      );
    }
    // Portrait uploads have no per-file expiry: the selector is locked in the console, so ignore it.
    const days = portrait ? null : retentionDays(form.fields.retentionDays ?? form.fields.retention);

    const av = await sniffAv(file.tempPath);
    if (av && portrait) {
      throw consoleError(
        400,
        "UNSUPPORTED_FILE_TYPE",
        `Virtual Portrait and Real Face groups take images only; upload the ${av} without a group or into a generic group.`,
      );
    }
    const media = av ? await inspectAv(file.tempPath, file.size, av) : null;
    const image = media ? null : await inspectImage(file.tempPath, file.size);
    if (media) await writeAvThumbnail(file.tempPath, thumbTemp, media.kind);
    else await writeThumbnail(file.tempPath, thumbTemp);
    const facts = media ?? { ...image!, kind: "image" as const };

    const assetId = portrait ? newPortraitAssetId() : newUploadAssetId();
    const fileName = `${assetId}.${facts.extension}`;
    const thumbName = `${assetId}.webp`;
    await rename(file.tempPath, layout.fileOf("assets", fileName));
    moved.push(layout.fileOf("assets", fileName));
    await rename(thumbTemp, layout.fileOf("thumbs", thumbName));
    moved.push(layout.fileOf("thumbs", thumbName));

    const now = config.now();
    const failed = faults.takeUploadFailure();
    // Re-check the group inside the transaction: it may have been deleted while we streamed.
    db.transaction(() => {
      if (group && !groups.get(tenant.id, group.group_id, now)) {
        throw consoleError(404, "ASSET_GROUP_NOT_FOUND", `Asset group ${group.group_id} not found`);
      }
      assets.insert({
        asset_id: assetId,
        tenant_id: tenant.id,
        group_seq: group?.seq ?? null,
        kind,
        media_type: facts.kind,
        name: displayName(form, file.filename),
        filename: path.basename(file.filename).slice(0, 255) || fileName,
        mime_type: facts.mimeType,
        file_type: facts.extension,
        size_bytes: file.size,
        width: facts.width,
        height: facts.height,
        file_name: fileName,
        thumb_name: thumbName,
        ready_at: now + scaled(config, config.assetProcessingMs),
        outcome: failed ? "failed" : "active",
        failure_reason: failed ? SIMULATED_FAILURE : null,
        retention_days: days,
        expires_at: days === null ? null : now + days * DAY_MS,
        created_at: now,
        updated_at: now,
      });
    })();
    return assets.get(tenant.id, assetId, config.now())!;
  } catch (error) {
    await removeQuietly(file.tempPath, thumbTemp, ...moved);
    if (error instanceof MediaProblem) throw consoleError(error.status, error.code, error.message);
    throw error;
  }
}
