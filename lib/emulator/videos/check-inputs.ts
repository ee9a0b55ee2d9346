import { existsSync } from "node:fs";
import { PORTRAIT_MODELS_MESSAGE, type ModelCapabilities } from "@/lib/video/capabilities";
import type { ClassifiedInput, MediaKind } from "@/lib/video/infer-mode";
import { readImageDimensions } from "@/lib/media/image-dimensions";
import { assertDimensions } from "../assets/inspect-image";
import { MediaProblem } from "../assets/media-problem";
import { MEDIA_OF_TYPE, sniffType } from "@/lib/media/sniff";
import type { AssetRepo } from "../db/assets-repo";
import type { GroupRepo } from "../db/groups-repo";
import { apiError } from "../http/errors";
import { internalFileUrl, parseFilesPath, type Signer } from "../http/signed-urls";
import { contentTypeOf, EXTENSION_OF_TYPE } from "../storage/content-types";
import type { Layout } from "../storage/layout";
import { parseDataUrl } from "./data-url";
import { INPUT_LIMITS, type PreparedInput } from "./prepared-input";

// Checks every media URL of a submission and says where its bytes will come from. Errors name
// the field and, for assets, the asset id.

export const UPLOAD_PLACEHOLDER = "emulator-upload:input_reference";
const PORTRAIT_ID = /^ta_[0-9a-f]{32}$/;

const bad = (param: string, message: string, code = "InvalidParameter") =>
  apiError(400, message, { param, code });
const assetIdOf = (url: string) => url.slice("asset://".length);

/** Asset rules that do not depend on the asset itself: ua_ ids and portrait-capable models. */
export function checkAssetPolicy(inputs: ClassifiedInput[], caps: ModelCapabilities) {
  for (const input of inputs.filter((i) => i.url.startsWith("asset://"))) {
    const id = assetIdOf(input.url);
    if (id.startsWith("ua_")) {
      throw bad(
        input.param,
        `Invalid or unauthorized asset references: ${id} is a generic upload. Only Virtual Portrait or Real Face assets (ta_...) can be used; upload the image into an active Virtual Portrait group.`,
        "InvalidAssetReference",
      );
    }
    if (!caps.portraitAssets) {
      throw bad(
        input.param,
        `${PORTRAIT_MODELS_MESSAGE}; ${caps.id} cannot use asset://${id}`,
        "model_not_supported",
      );
    }
  }
}

export interface InputCheckContext {
  videoId: string;
  tenantId: number;
  now: number;
  assets: AssetRepo;
  groups: GroupRepo;
  layout: Layout;
  signer: Signer;
  /** Sniffed media of an uploaded `input_reference` file, when there is one. */
  upload: { media: MediaKind | null; extension: string } | null;
}

export interface CheckedInputs {
  prepared: PreparedInput[];
  /** Decoded data: URLs to store under files/inputs before the task is saved. */
  dataFiles: { name: string; bytes: Buffer }[];
  /** Stored name of the uploaded `input_reference` file, when there is one. */
  uploadName: string | null;
}

function checkAsset(input: ClassifiedInput, ctx: InputCheckContext): string {
  const id = assetIdOf(input.url);
  const fail = (why: string) => bad(input.param, `Asset validation failed: ${why}`, "AssetValidationFailed");
  if (!PORTRAIT_ID.test(id))
    throw fail(`${id || "(empty)"} is not a valid asset ID (ta_ followed by 32 hex characters)`);
  const asset = ctx.assets.get(ctx.tenantId, id, ctx.now);
  if (!asset) throw fail(`asset ${id} was not found`);
  if (asset.status !== "active") throw fail(`asset ${id} is ${asset.status}; only active assets can be used`);
  const group = asset.group_id ? ctx.groups.get(ctx.tenantId, asset.group_id, ctx.now) : null;
  if (!group || group.status !== "active") throw fail(`the group of asset ${id} is not active`);
  if (asset.media_type !== input.media)
    throw fail(`asset ${id} holds ${asset.media_type}, not ${input.media}`);
  return input.url;
}

function checkDataUrl(
  input: ClassifiedInput,
  ctx: InputCheckContext,
  files: CheckedInputs["dataFiles"],
): string {
  const parsed = parseDataUrl(input.url, INPUT_LIMITS[input.media]);
  if ("error" in parsed) throw bad(input.param, `The data: URL at ${input.param} ${parsed.error}`);
  const type = sniffType(parsed.bytes.subarray(0, 64));
  if (MEDIA_OF_TYPE[type] !== input.media || (input.media === "image" && type === "gif")) {
    throw bad(input.param, `The data: URL at ${input.param} does not hold a supported ${input.media} file`);
  }
  if (input.media === "image") {
    const dims = readImageDimensions(parsed.bytes);
    if (!dims) throw bad(input.param, `The image at ${input.param} is unreadable`);
    try {
      assertDimensions(dims.width, dims.height);
    } catch (error) {
      throw bad(input.param, `${input.param}: ${(error as MediaProblem).message}`);
    }
  }
  const name = `${ctx.videoId}-${files.length}.${EXTENSION_OF_TYPE[type] ?? "bin"}`;
  files.push({ name, bytes: parsed.bytes });
  return internalFileUrl({ bucket: "inputs", name });
}

function checkHttpUrl(input: ClassifiedInput, ctx: InputCheckContext): string {
  let url: URL;
  try {
    url = new URL(input.url);
  } catch {
    throw bad(input.param, `${input.param} is not a valid URL`);
  }
  const ref = parseFilesPath(url.pathname);
  if (!ref) return input.url;
  // Our own signed links are resolved locally (any host), never fetched over the network.
  if (ctx.signer.check(ref, url.searchParams.get("exp"), url.searchParams.get("sig")) !== "ok") {
    throw bad(input.param, `The emulator file link at ${input.param} is invalid or has expired`);
  }
  if (!existsSync(ctx.layout.fileOf(ref.bucket, ref.name))) {
    throw bad(input.param, `The file behind ${input.param} no longer exists`);
  }
  if (!contentTypeOf(ref.name).startsWith(`${input.media}/`)) {
    throw bad(
      input.param,
      `The file at ${input.param} is not ${input.media === "image" ? "an image" : `a ${input.media}`}`,
    );
  }
  return internalFileUrl(ref);
}

export function checkInputs(inputs: ClassifiedInput[], ctx: InputCheckContext): CheckedInputs {
  const dataFiles: CheckedInputs["dataFiles"] = [];
  let uploadName: string | null = null;
  const prepared = inputs.map((input): PreparedInput => {
    const { url } = input;
    let source: string;
    if (url.startsWith("asset://")) source = checkAsset(input, ctx);
    else if (url.startsWith("data:")) source = checkDataUrl(input, ctx, dataFiles);
    else if (/^https?:\/\//i.test(url)) source = checkHttpUrl(input, ctx);
    else if (url === UPLOAD_PLACEHOLDER && ctx.upload) {
      if (ctx.upload.media !== input.media)
        throw bad(
          "input_reference",
          `input_reference must be ${input.media === "image" ? "an image" : `a ${input.media}`} file`,
        );
      uploadName = `${ctx.videoId}-upload.${ctx.upload.extension}`;
      source = internalFileUrl({ bucket: "inputs", name: uploadName });
    } else {
      throw bad(input.param, `${input.param} must be an https:// URL, a data: URL or asset://<assetId>`);
    }
    return { slot: input.slot, media: input.media, url: source, param: input.param };
  });
  return { prepared, dataFiles, uploadName };
}
