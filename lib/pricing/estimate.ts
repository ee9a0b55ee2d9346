import {
  ASPECT_RATIOS,
  isVideoModelId,
  MODEL_CAPABILITIES,
  outputSize,
  RESOLUTIONS,
} from "@/lib/video/capabilities";
import type { AspectRatio, Resolution } from "@/lib/video/capabilities";
import type { VideoRequest } from "@/lib/video/request";
import { TOKEN_FPS, type Currency, type ModelPrice, type ProviderPrices } from "./price-table";

// A task's cost from the price table: pure, so the Playground (before the click), the BFF (when
// the task is created) and the tests compute the same figure.

/** What the price of one task depends on. */
export interface CostInput {
  model: string;
  resolution: string;
  aspectRatio: string;
  /** Output seconds. */
  duration: number;
  generateAudio: boolean;
  /** Reference videos in the request (edit, extend and stitch sources count). */
  videoInputs: number;
  /** Their seconds in total, when known: token and second billing count them too. */
  inputVideoSeconds: number | null;
}

export interface CostEstimate {
  amount: number;
  currency: Currency;
  unit: ModelPrice["unit"];
  /** Tokens billed, for token pricing. */
  tokens: number | null;
  /** Seconds billed: the output's, plus the reference videos' when known. */
  seconds: number;
  /** A reference video of unknown length is not in the figure (it can only be higher). */
  excludesInputVideo: boolean;
}

const isResolution = (value: string): value is Resolution =>
  (RESOLUTIONS as readonly string[]).includes(value);
const toAspectRatio = (value: string): AspectRatio =>
  (ASPECT_RATIOS as readonly string[]).includes(value) ? (value as AspectRatio) : "adaptive";

/** Seedance's token count (UPSTREAM.md §1.9): width × height × 24 fps × seconds / 1024. */
export function tokensFor(resolution: Resolution, aspectRatio: string, seconds: number): number {
  const { width, height } = outputSize(resolution, toAspectRatio(aspectRatio));
  return Math.round((width * height * TOKEN_FPS * seconds) / 1024);
}

/** The price of one unit for this input, or null when the table has none. */
function unitPrice(
  price: ModelPrice,
  resolution: Resolution,
  input: Pick<CostInput, "videoInputs" | "generateAudio">,
) {
  const rates = input.videoInputs > 0 ? (price.withVideoInput ?? price.perUnit) : price.perUnit;
  const rate = rates[resolution];
  if (rate === undefined) return null;
  return rate * (input.generateAudio ? (price.audioFactor ?? 1) : 1);
}

/** The table's figure for a task, or null when the provider's table does not price it. */
export function estimateCost(prices: ProviderPrices | null, input: CostInput): CostEstimate | null {
  const price = prices?.models[input.model as keyof ProviderPrices["models"]];
  if (!prices || !price || !isResolution(input.resolution)) return null;
  const rate = unitPrice(price, input.resolution, input);
  if (rate === null) return null;
  const known = input.videoInputs > 0 && input.inputVideoSeconds !== null ? input.inputVideoSeconds : 0;
  const seconds = input.duration + known;
  const tokens = price.unit === "token" ? tokensFor(input.resolution, input.aspectRatio, seconds) : null;
  return {
    amount: tokens !== null ? (tokens / 1_000_000) * rate : seconds * rate,
    currency: prices.currency,
    unit: price.unit,
    tokens,
    seconds,
    excludesInputVideo: input.videoInputs > 0 && input.inputVideoSeconds === null,
  };
}

/** What the provider billed, from the tokens its `usage` reports; null unless priced by token. */
export function costOfUsage(prices: ProviderPrices | null, input: CostInput, tokens: number): number | null {
  const price = prices?.models[input.model as keyof ProviderPrices["models"]];
  if (!price || price.unit !== "token" || !isResolution(input.resolution)) return null;
  const rate = unitPrice(price, input.resolution, input);
  return rate === null ? null : (tokens / 1_000_000) * rate;
}

const isVideoReference = (ref: NonNullable<VideoRequest["input_references"]>[number]) =>
  ref.type === "video_url" || (ref.type == null && ref.video_url != null);

/**
 * The cost input of a request body, with the model's defaults for what it leaves out (those of
 * resolveVideoParameters, repeated so the browser's estimate needs no zod).
 */
export function costInputOf(
  request: VideoRequest,
  inputVideoSeconds: number | null = null,
): CostInput | null {
  if (!isVideoModelId(request.model)) return null;
  const caps = MODEL_CAPABILITIES[request.model];
  const resolution = caps.resolutions.includes("720p") ? "720p" : (caps.resolutions[0] ?? "480p");
  return {
    model: request.model,
    resolution: request.resolution ?? resolution,
    aspectRatio: request.aspect_ratio ?? "adaptive",
    duration: request.duration ?? caps.duration.default,
    generateAudio: request.generate_audio ?? caps.audio,
    videoInputs: (request.input_references ?? []).filter(isVideoReference).length,
    inputVideoSeconds,
  };
}

/** "$0.84", "CN¥5.52"; a figure under a cent keeps three decimals ("$0.004"). */
export function formatCost(amount: number, currency: Currency): string {
  const digits = amount > 0 && amount < 0.01 ? 3 : 2;
  return new Intl.NumberFormat("en", {
    style: "currency",
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(amount);
}
