import { randomInt } from "node:crypto";
import { open, rename, writeFile } from "node:fs/promises";
import type { z } from "zod";
import { inferVideoMode, type ClassifiedInput, type MediaKind } from "@/lib/video/infer-mode";
import {
  capabilitiesFor,
  checkModelLimits,
  resolveVideoParameters,
  videoRequestSchema,
  type VideoRequest,
} from "@/lib/video/request";
import { receiveMultipart, type ReceivedFile } from "../assets/receive-multipart";
import { MEDIA_OF_TYPE, sniffType } from "@/lib/media/sniff";
import type { Tenant } from "../db/tenants";
import { apiError, EmulatorError } from "../http/errors";
import {
  NATIVE_BODY_REQUIRED,
  NATIVE_PARAMS_HEADER,
  isNativeParamsOn,
  nativeToNormalized,
} from "@/lib/video/native-body";
import { mediaTypeOf, readJsonObject } from "../http/read-body";
import { newVideoId } from "../ids";
import { scaled } from "../options";
import type { Services } from "../services";
import { EXTENSION_OF_TYPE } from "../storage/content-types";
import { removeQuietly } from "../storage/layout";
import { checkAssetPolicy, checkInputs, UPLOAD_PLACEHOLDER } from "./check-inputs";
import { formToBody } from "./form-fields";
import { applyOpenAiAliases } from "./openai-aliases";
import { INPUT_LIMITS } from "./prepared-input";
import type { StoredParams, StoredRequest } from "./video-record";

// POST /v1/videos: JSON (Token360's normalized body) or multipart (the OpenAI SDK), validated
// in the order that gives the most useful message first, then stored and queued.

// Inline data: URLs make bodies large; 16 MB is also the most any emulator route buffers.
const JSON_LIMIT = 16 * 1024 * 1024;

const invalid = (param: string, message: string, code = "InvalidParameter") =>
  apiError(400, message, { param, code });

function paramPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    "",
  );
}

function schemaError(error: z.ZodError) {
  const issue = error.issues[0]!;
  const param = paramPath(issue.path) || "body";
  if (param === "duration") {
    return invalid(
      param,
      'InvalidParameter on duration: duration must be an integer number of seconds (send 5, not "5")',
    );
  }
  return invalid(param, `Invalid ${param}: ${issue.message}`);
}

async function sniffUpload(file: ReceivedFile): Promise<{ media: MediaKind | null; extension: string }> {
  const handle = await open(file.tempPath, "r");
  try {
    const head = Buffer.alloc(64);
    const { bytesRead } = await handle.read(head, 0, 64, 0);
    const type = sniffType(head.subarray(0, bytesRead));
    return { media: MEDIA_OF_TYPE[type], extension: EXTENSION_OF_TYPE[type] ?? "bin" };
  } finally {
    await handle.close();
  }
}

function echoInputs(request: VideoRequest, classified: ClassifiedInput[], urls: string[]) {
  const byPosition = new Map(
    classified.map((input, k) => [`${input.field}:${input.index}`, { input, url: urls[k]! }]),
  );
  const frames = (request.frame_images ?? []).map((_, index) => {
    const { input, url } = byPosition.get(`frame_images:${index}`)!;
    return { type: "image_url", frame_type: input.slot, image_url: { url } };
  });
  const references = (request.input_references ?? []).map((ref, index) => {
    const { input, url } = byPosition.get(`input_references:${index}`)!;
    return {
      type: `${input.media}_url`,
      ...(ref.role ? { role: ref.role } : {}),
      [`${input.media}_url`]: { url },
    };
  });
  return { frames, references };
}

/** A native-params body (API.md §2.5): a non-empty JSON object, read as the normalized one. */
async function readNativeBody(request: Request): Promise<Record<string, unknown>> {
  if (mediaTypeOf(request) === "multipart/form-data") throw invalid("body", NATIVE_BODY_REQUIRED);
  const body = await readJsonObject(request, JSON_LIMIT, "openai").catch((error: unknown) => {
    if (error instanceof EmulatorError && error.status === 400) throw invalid("body", NATIVE_BODY_REQUIRED);
    throw error;
  });
  if (Object.keys(body).length === 0) throw invalid("body", NATIVE_BODY_REQUIRED);
  return nativeToNormalized(body);
}

export async function submitVideo(services: Services, tenant: Tenant, request: Request, origin: string) {
  const { config, layout } = services;
  let body: Record<string, unknown>;
  let upload: ReceivedFile | null = null;
  if (isNativeParamsOn(request.headers.get(NATIVE_PARAMS_HEADER))) {
    body = await readNativeBody(request);
  } else if (mediaTypeOf(request) === "multipart/form-data") {
    const form = await receiveMultipart(request, {
      maxFileBytes: INPUT_LIMITS.image,
      tempPath: () => layout.tempPath(".input"),
      family: "openai",
    });
    upload = form.file;
    body = formToBody(form.fields);
  } else {
    body = await readJsonObject(request, JSON_LIMIT, "openai");
  }
  const written: string[] = [];
  try {
    const parsed = videoRequestSchema.safeParse(applyOpenAiAliases(body));
    if (!parsed.success) throw schemaError(parsed.error);
    const wire = parsed.data;
    const caps = capabilitiesFor(wire.model);
    if (!caps)
      throw apiError(404, "The requested model does not exist", {
        type: "model_not_found",
        param: "model",
        code: "model_not_found",
      });

    const uploadInfo = upload ? await sniffUpload(upload) : null;
    if (upload) {
      // The OpenAI SDK's `input_reference` file is the first frame.
      const frames = wire.frame_images ?? [];
      if (frames.some((f) => (f.frame_type ?? f.role) === "first_frame")) {
        throw invalid(
          "input_reference",
          "Send the first frame either as input_reference or in frame_images, not both",
        );
      }
      wire.frame_images = [
        { type: "image_url", frame_type: "first_frame", image_url: { url: UPLOAD_PLACEHOLDER } },
        ...frames,
      ];
    }
    const inference = inferVideoMode(wire);
    if (!inference.ok) throw invalid(inference.param, inference.message);
    if (inference.mode === "text_to_video" && !wire.prompt.trim())
      throw invalid("prompt", "prompt is required for text-to-video");
    checkAssetPolicy(inference.inputs, caps);
    const limit = checkModelLimits(wire, inference.mode, inference.counts, caps);
    if (limit) throw invalid(limit.param, limit.message, limit.code);

    const resolved = resolveVideoParameters(wire, caps);
    const videoId = newVideoId();
    const now = config.now();
    const checked = checkInputs(inference.inputs, {
      videoId,
      tenantId: tenant.id,
      now,
      assets: services.assets,
      groups: services.groups,
      layout,
      signer: services.signer,
      upload: uploadInfo,
    });
    for (const file of checked.dataFiles) {
      const temp = layout.tempPath(".input");
      await writeFile(temp, file.bytes);
      await rename(temp, layout.fileOf("inputs", file.name));
      written.push(layout.fileOf("inputs", file.name));
    }
    if (upload && checked.uploadName) {
      await rename(upload.tempPath, layout.fileOf("inputs", checked.uploadName));
      written.push(layout.fileOf("inputs", checked.uploadName));
    }

    const params: StoredParams = {
      duration: resolved.duration,
      resolution: resolved.resolution,
      aspect_ratio: resolved.aspectRatio,
      generate_audio: resolved.generateAudio,
      // Upstream reports the seed it used; so does the emulator when none was sent.
      seed: resolved.seed ?? randomInt(0, 2 ** 31 - 1),
      watermark: resolved.watermark,
      return_last_frame: resolved.returnLastFrame,
    };
    const echo = echoInputs(
      wire,
      inference.inputs,
      checked.prepared.map((p) => p.url),
    );
    const stored: StoredRequest = {
      frame_images: echo.frames,
      input_references: echo.references,
      metadata: wire.metadata ?? null,
      request_id: wire.request_id ?? null,
      callback_url: wire.callback_url ?? null,
      safety_identifier: wire.safety_identifier ?? null,
      execution_expires_after: wire.execution_expires_after ?? null,
    };
    services.videos.insert({
      video_id: videoId,
      tenant_id: tenant.id,
      model: caps.id,
      prompt: wire.prompt,
      mode: inference.mode,
      status: "queued",
      progress: 0,
      params_json: JSON.stringify(params),
      request_json: JSON.stringify(stored),
      inputs_json: JSON.stringify(checked.prepared),
      output_json: null,
      origin,
      error_code: null,
      error_message: null,
      queued_until: now + scaled(config, config.videoQueueMs),
      created_at: now,
      updated_at: now,
      completed_at: null,
      callback_url: wire.callback_url ?? null,
      webhook_status: "none",
      webhook_attempts: 0,
    });
    services.scheduler.enqueue(videoId);
    return services.videos.byId(videoId)!;
  } catch (error) {
    await removeQuietly(...written);
    throw error;
  } finally {
    await removeQuietly(upload?.tempPath);
  }
}
