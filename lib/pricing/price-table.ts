import type { Resolution, VideoModelId } from "@/lib/video/capabilities";

// What a video costs at each provider the app can run against, with where each figure comes
// from. Pure data: lib/pricing/estimate.ts turns it into a figure, PRICE_TABLE_FILE replaces
// entries of it (lib/pricing/price-file.ts), and the Playground shows it beside Generate.

/** The providers a price table can describe: the header badge's kinds, Ark by preset. */
export const PRICED_PROVIDERS = [
  "emulator",
  "token360",
  "laozhang",
  "byteplus",
  "volcengine",
  "ark",
] as const;
export type PricedProvider = (typeof PRICED_PROVIDERS)[number];

export const CURRENCIES = ["USD", "CNY"] as const;
export type Currency = (typeof CURRENCIES)[number];

/** A price for each output resolution (a resolution left out is not priced). */
export type ByResolution = Partial<Record<Resolution, number>>;

export interface ModelPrice {
  /**
   * `token`: the price is per million tokens, tokens = width × height × 24 fps × seconds / 1024
   * (UPSTREAM.md §1.9). `second`: the price is per second of video.
   */
  unit: "token" | "second";
  /** Price of one unit (1M tokens, or one second) with no reference video. */
  perUnit: ByResolution;
  /** Price of one unit when the request has a reference video; its seconds are billed too. */
  withVideoInput?: ByResolution;
  /** Factor on the price when audio is generated (1 when audio costs nothing more). */
  audioFactor?: number;
}

export interface ProviderPrices {
  currency: Currency;
  /**
   * Tasks the provider runs at once for one key: takes past it wait in the browser (not a
   * price, but the same kind of per-provider fact, and overridable the same way).
   */
  concurrentTasks: number;
  models: Partial<Record<VideoModelId, ModelPrice>>;
  /** Where the figures come from (a URL or a document), shown nowhere but kept with them. */
  sources: string[];
}

export type PriceTable = Partial<Record<PricedProvider, ProviderPrices>>;

/** Seedance's token count per second of output is width × height × this / 1024 (§1.9). */
export const TOKEN_FPS = 24;

// Token360 (and the emulator, which speaks its API). Token360 publishes no price in what we
// could read (API.md §2.1.2: "billing metadata where applicable", shape unknown). BlockRun
// resells Token360's Seedance and prices it by token: a verification call measured 10,128
// tokens per second at 480p (https://github.com/blockrunai/clawrouter/releases/tag/v0.12.194),
// and its base rates are $0.227/s (2.0), $0.165/s (2.0 Fast), $0.070/s (1.5 Pro)
// (https://github.com/BlockRunAI/ClawRouter/releases/tag/v0.12.244). Per 1M tokens that is
// rate / 10,128 × 1e6, rounded to cents: 22.41, 16.29 and 6.91. Audio costs nothing more on 2.0
// (fal's 2.0 pages: "generate_audio: cost unchanged either way").
const TOKEN360_SOURCES = [
  "https://github.com/blockrunai/clawrouter/releases/tag/v0.12.194",
  "https://github.com/BlockRunAI/ClawRouter/releases/tag/v0.12.244",
  "UPSTREAM.md §1.9 (token formula; fal: ×0.6 and input seconds with video inputs)",
];
const TOKEN360_MODELS: ProviderPrices["models"] = {
  "seedance-2.0": {
    unit: "token",
    perUnit: { "480p": 22.41, "720p": 22.41, "1080p": 22.41 },
    // fal's 2.0 formula: ×0.6 when video inputs are present (UPSTREAM.md §1.9).
    withVideoInput: { "480p": 13.45, "720p": 13.45, "1080p": 13.45 },
  },
  "seedance-2.0-fast": {
    unit: "token",
    perUnit: { "480p": 16.29, "720p": 16.29 },
    withVideoInput: { "480p": 9.77, "720p": 9.77 },
  },
  "seedance-1.5-pro": { unit: "token", perUnit: { "480p": 6.91, "720p": 6.91, "1080p": 6.91 } },
};

// Volcengine Ark's list prices in CNY per 1M tokens, without / with an input video: 2.0 ¥46/¥28
// (¥51/¥31 at 1080p), 2.0 Fast ¥37/¥22. LaoZhang charges list × 0.1714 in USD from 14 Oct 2026
// and prints both: $7.88/$4.80 (2.0), $8.74/$5.31 (2.0 at 1080p), $6.34/$3.77 (Fast)
// (https://docs.laozhang.ai/en/announcements/seedance-pricing-2026-10.md; 7.88 / 0.1714 = 46).
// 1.5 Pro bills twice with audio (¥8 silent; BytePlus 253.2 vs 506.4 credits per 1M tokens in
// https://github.com/Comfy-Org/docs/pull/966/files).
const LAOZHANG_SOURCES = [
  "https://docs.laozhang.ai/en/announcements/seedance-pricing-2026-10.md",
  "https://docs.laozhang.ai/en/api-capabilities/seedance2-video-generation (billing by token)",
];
const VOLCENGINE_SOURCES = [
  "https://docs.laozhang.ai/en/announcements/seedance-pricing-2026-10.md (USD = Volcengine's CNY list × 0.1714)",
  "https://github.com/Comfy-Org/docs/pull/966/files (1.5 Pro with audio = 2× without)",
];

export const DEFAULT_PRICE_TABLE: PriceTable = {
  emulator: {
    currency: "USD",
    // Replaced at run time by EMULATOR_RENDER_CONCURRENCY (the emulator renders that many at once).
    concurrentTasks: 1,
    models: TOKEN360_MODELS,
    sources: ["The emulator charges nothing; it shows Token360's prices", ...TOKEN360_SOURCES],
  },
  token360: {
    currency: "USD",
    // No published figure (API.md: the rate-limit page was not retrieved): two at once is cautious.
    concurrentTasks: 2,
    models: TOKEN360_MODELS,
    sources: TOKEN360_SOURCES,
  },
  laozhang: {
    currency: "USD",
    // APIYI, a relay on the same Volcengine resources, saw 15 simultaneous tasks all start at once
    // (https://docs.apiyi.com/en/api-capabilities/seedance2/overview); LaoZhang states none.
    concurrentTasks: 15,
    models: {
      "seedance-2.0": {
        unit: "token",
        perUnit: { "480p": 7.88, "720p": 7.88, "1080p": 8.74 },
        withVideoInput: { "480p": 4.8, "720p": 4.8, "1080p": 5.31 },
      },
      "seedance-2.0-fast": {
        unit: "token",
        perUnit: { "480p": 6.34, "720p": 6.34 },
        withVideoInput: { "480p": 3.77, "720p": 3.77 },
      },
    },
    sources: LAOZHANG_SOURCES,
  },
  byteplus: {
    currency: "USD",
    // At most 120 tasks queued per account (UPSTREAM.md §1.1; https://docs.byteplus.com/ja/docs/ModelArk/1520757).
    concurrentTasks: 120,
    // No BytePlus USD list was retrieved: Volcengine's CNY list at LaoZhang's fixed 1:7.
    models: {
      "seedance-2.0": {
        unit: "token",
        perUnit: { "480p": 6.57, "720p": 6.57, "1080p": 7.29 },
        withVideoInput: { "480p": 4, "720p": 4, "1080p": 4.43 },
      },
      "seedance-2.0-fast": {
        unit: "token",
        perUnit: { "480p": 5.29, "720p": 5.29 },
        withVideoInput: { "480p": 3.14, "720p": 3.14 },
      },
    },
    sources: [...VOLCENGINE_SOURCES, "Converted at 1 USD = 7 CNY, LaoZhang's fixed rate"],
  },
  volcengine: {
    currency: "CNY",
    concurrentTasks: 120,
    models: {
      "seedance-2.0": {
        unit: "token",
        perUnit: { "480p": 46, "720p": 46, "1080p": 51 },
        withVideoInput: { "480p": 28, "720p": 28, "1080p": 31 },
      },
      "seedance-2.0-fast": {
        unit: "token",
        perUnit: { "480p": 37, "720p": 37 },
        withVideoInput: { "480p": 22, "720p": 22 },
      },
      "seedance-1.5-pro": {
        unit: "token",
        perUnit: { "480p": 8, "720p": 8, "1080p": 8 },
        audioFactor: 2,
      },
    },
    sources: VOLCENGINE_SOURCES,
  },
  // A native endpoint with no preset (e.g. the emulator's): no prices of its own until a
  // PRICE_TABLE_FILE gives some.
  ark: { currency: "USD", concurrentTasks: 2, models: {}, sources: [] },
};
