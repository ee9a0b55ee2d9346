import { ASSET_ID_PATTERN, ASSET_URL_PREFIX } from "@/lib/schemas/ids";
import {
  GENERIC_UPLOAD_MESSAGE,
  PORTRAIT_MODELS_MESSAGE,
  VIDEO_MODEL_IDS,
  type VideoMode,
} from "@/lib/video/capabilities";
import { inferVideoMode } from "@/lib/video/infer-mode";
import { capabilitiesFor, checkModelLimits, type VideoRequest } from "@/lib/video/request";
import { ApiError } from "@/lib/errors/api-error";

// The Playground enforces these before it sends; the BFF checks them again so a hand-made
// request gets the same clear message instead of an upstream refusal.

/** Providers refuse base64 video and data: URLs make huge bodies: files travel by URL. */
export const INLINE_FILE_MESSAGE =
  "Send files by URL, not as data: URLs: upload a local file to the library first (the Playground does this for you) and reference the URL it gets.";

const invalid = (param: string, message: string) => new ApiError("validation_error", message, { param });

/** Returns the inferred mode, or throws a 400 naming the field and what to do. */
export function checkVideoRequest(
  request: VideoRequest,
  /** The native task API takes images (never video or audio) as base64 data: URLs. */
  options: { inlineImages?: boolean } = {},
): VideoMode {
  const caps = capabilitiesFor(request.model);
  if (!caps)
    throw invalid("model", `Unknown model ${request.model}; choose one of ${VIDEO_MODEL_IDS.join(", ")}`);
  const inference = inferVideoMode(request);
  if (!inference.ok) throw invalid(inference.param, inference.message);
  for (const input of inference.inputs) {
    const inlineImage =
      options.inlineImages && input.media === "image" && input.url.startsWith("data:image/");
    if (input.url.startsWith("data:") && !inlineImage) throw invalid(input.param, INLINE_FILE_MESSAGE);
    if (!input.url.startsWith(ASSET_URL_PREFIX)) continue;
    const assetId = input.url.slice(ASSET_URL_PREFIX.length);
    if (assetId.startsWith("ua_")) throw invalid(input.param, GENERIC_UPLOAD_MESSAGE);
    if (!ASSET_ID_PATTERN.test(assetId)) {
      throw invalid(
        input.param,
        `${input.url} is not a valid asset reference; use asset://ta_ followed by the asset's letters and digits`,
      );
    }
    if (!caps.portraitAssets) throw invalid(input.param, PORTRAIT_MODELS_MESSAGE);
  }
  const problem = checkModelLimits(request, inference.mode, inference.counts, caps);
  if (problem) throw invalid(problem.param, problem.message);
  return inference.mode;
}
