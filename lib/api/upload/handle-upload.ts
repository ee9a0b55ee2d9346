import "server-only";
import { randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, open, rm } from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";
import type { AssetRecord } from "@/lib/schemas/asset";
import { createAsset } from "@/lib/token360";
import { ApiError } from "@/lib/errors/api-error";
import { afterResponse } from "../after-response";
import { UPLOAD_TMP_DIR } from "../data-dir";
import { logError } from "../log";
import { saveThumbnail } from "../thumbnails";
import { inspectFile } from "./file-reader";
import { readMultipart, payloadTooLarge, type Part } from "./multipart-reader";
import { parseUploadFields, resolveUploadFields, type ResolvedUploadFields } from "./upload-fields";
import { EXTENSIONS, mediaOfUpload } from "./sniff";

// POST /api/assets: the browser's multipart body is streamed to the upstream as it arrives.
// Fields sent before the file (the app's own form does this) let the file flow straight
// through; a file that comes first is spooled to disk until the fields are known.
// Every byte is also teed to a temp file for the thumbnail; the temp file always goes.

const FIELD_ROOM = 64 * 1024;

/** Tees each chunk to the temp file (awaiting the write, so memory stays at one chunk). */
async function* teeToFile(bytes: AsyncIterable<Uint8Array>, file: string): AsyncGenerator<Uint8Array> {
  const handle = await open(file, "w");
  try {
    for await (const chunk of bytes) {
      await handle.write(chunk);
      yield chunk;
    }
  } finally {
    await handle.close();
  }
}

function uploadFilename(original: string, type: keyof typeof EXTENSIONS): string {
  const base = path
    .basename(original.replace(/\\/g, "/"))
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .slice(0, 150);
  const stem = base.replace(/\.[^.]*$/, "") || "upload";
  return `${stem}.${EXTENSIONS[type]}`;
}

export async function handleUpload(request: Request): Promise<AssetRecord> {
  const maxFileBytes = env.UPLOAD_MAX_BYTES;
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxFileBytes + FIELD_ROOM) throw payloadTooLarge(maxFileBytes);

  const tempFile = path.join(UPLOAD_TMP_DIR(), `${randomBytes(12).toString("hex")}.part`);
  await mkdir(path.dirname(tempFile), { recursive: true });
  const parts = readMultipart(request, { maxFileBytes, maxBodyBytes: maxFileBytes + FIELD_ROOM });
  const fields: Record<string, string> = {};
  let sourceError: unknown = null;
  let thumbnailOwnsTempFile = false;
  try {
    // Not for-await: leaving that loop early would close the parser under the file being read.
    let file: Extract<Part, { kind: "file" }> | null = null;
    for (let next = await parts.next(); !next.done; next = await parts.next()) {
      const part = next.value;
      if (part.kind === "field") fields[part.name] = part.value;
      else if (part.name !== "file")
        throw new ApiError("validation_error", `Unexpected file field "${part.name}"; use "file".`);
      else {
        file = part;
        break;
      }
    }
    if (!file) throw new ApiError("validation_error", "Choose a file to upload.", { param: "file" });

    // Fields known now: stream straight through. Otherwise spool, then read the late fields.
    const streaming = "groupId" in fields || "name" in fields;
    let target: ResolvedUploadFields | null = streaming
      ? await resolveUploadFields(parseUploadFields(fields))
      : null;
    const inspected = await inspectFile(file.stream, maxFileBytes);
    const recorded = (async function* () {
      try {
        yield* teeToFile(inspected.bytes, tempFile);
      } catch (error) {
        // Only our own refusals (too large, bad bytes) explain an aborted upstream call.
        if (error instanceof ApiError) sourceError = error;
        throw error;
      }
    })();
    let bytes: AsyncIterable<Uint8Array> = recorded;
    if (!target) {
      for await (const _chunk of recorded) void _chunk;
      for await (const part of parts) if (part.kind === "field") fields[part.name] = part.value;
      target = await resolveUploadFields(parseUploadFields(fields));
      bytes = createReadStream(tempFile);
    }
    const media = mediaOfUpload(inspected.type);
    if (media !== "image" && target.portrait) {
      throw new ApiError(
        "validation_error",
        `Virtual Portrait and Real Face groups take images only; upload the ${media} without a group or into a generic group.`,
        { param: "groupId" },
      );
    }
    let asset: AssetRecord;
    try {
      asset = await createAsset(
        {
          bytes,
          filename: uploadFilename(file.filename, inspected.type),
          mimeType: inspected.type,
          name: target.name ?? uploadFilename(file.filename, inspected.type).replace(/\.[^.]+$/, ""),
          groupId: target.groupId,
          retentionDays: target.retentionDays,
        },
        request.signal,
      );
    } catch (error) {
      // A failure on our side of the stream (too large, client gone) explains the upstream abort.
      throw sourceError ?? error;
    }
    // The thumbnail is made after the answer has gone out; the temp file is its to remove.
    // Video and audio previews come from the provider (a poster frame or a waveform).
    const { assetId } = asset;
    if (media !== "image") return asset;
    thumbnailOwnsTempFile = true;
    afterResponse(async () => {
      await saveThumbnail(assetId, tempFile).catch((error: unknown) => logError("thumbnail failed", error));
      await rm(tempFile, { force: true }).catch(() => undefined);
    });
    return asset;
  } finally {
    await parts.return(undefined).catch(() => undefined);
    if (!thumbnailOwnsTempFile) await rm(tempFile, { force: true }).catch(() => undefined);
  }
}
