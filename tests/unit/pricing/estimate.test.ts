import { describe, expect, it } from "vitest";
import {
  costInputOf,
  costOfUsage,
  estimateCost,
  formatCost,
  tokensFor,
  type CostInput,
} from "@/lib/pricing/estimate";
import { DEFAULT_PRICE_TABLE, type ProviderPrices } from "@/lib/pricing/price-table";

// Every figure below is worked out by hand from the table's sources, not by the code under test.

const laozhang = DEFAULT_PRICE_TABLE.laozhang!;
const volcengine = DEFAULT_PRICE_TABLE.volcengine!;

const input = (patch: Partial<CostInput> = {}): CostInput => ({
  model: "seedance-2.0",
  resolution: "720p",
  aspectRatio: "16:9",
  duration: 5,
  generateAudio: true,
  videoInputs: 0,
  inputVideoSeconds: null,
  ...patch,
});

describe("Seedance's token count (UPSTREAM.md §1.9)", () => {
  it("is width × height × 24 × seconds / 1024 at the output size", () => {
    // 1280 × 720 × 24 × 5 / 1024
    expect(tokensFor("720p", "16:9", 5)).toBe(108_000);
    // 1920 × 1080 × 24 × 5 / 1024
    expect(tokensFor("1080p", "16:9", 5)).toBe(243_000);
    // 854 × 480 × 24 × 4 / 1024, as the emulator's native task reports it
    expect(tokensFor("480p", "16:9", 4)).toBe(38_430);
    // portrait 9:16 at 720p is 720 × 1280: the same pixels
    expect(tokensFor("720p", "9:16", 5)).toBe(108_000);
  });
});

describe("estimateCost", () => {
  it("prices LaoZhang's Seedance 2.0 per million tokens by resolution", () => {
    // 108,000 tokens × $7.88 / 1M
    expect(estimateCost(laozhang, input())).toMatchObject({
      currency: "USD",
      unit: "token",
      tokens: 108_000,
      seconds: 5,
      excludesInputVideo: false,
    });
    expect(estimateCost(laozhang, input())!.amount).toBeCloseTo(0.85104, 6);
    // 243,000 × $8.74 / 1M: 1080p has its own rate
    expect(estimateCost(laozhang, input({ resolution: "1080p" }))!.amount).toBeCloseTo(2.12382, 6);
    // 10 s doubles the tokens: 216,000 × $7.88 / 1M
    expect(estimateCost(laozhang, input({ duration: 10 }))!.amount).toBeCloseTo(1.70208, 6);
  });

  it("bills a reference video's seconds at the with-video rate", () => {
    // (5 + 3) s → 1280 × 720 × 24 × 8 / 1024 = 172,800 tokens × $4.80 / 1M
    const known = estimateCost(laozhang, input({ videoInputs: 1, inputVideoSeconds: 3 }))!;
    expect(known).toMatchObject({ tokens: 172_800, seconds: 8, excludesInputVideo: false });
    expect(known.amount).toBeCloseTo(0.82944, 6);
    // Length unknown: the output alone, 108,000 × $4.80 / 1M, marked as leaving the input out
    const unknown = estimateCost(laozhang, input({ videoInputs: 1 }))!;
    expect(unknown.excludesInputVideo).toBe(true);
    expect(unknown.amount).toBeCloseTo(0.5184, 6);
  });

  it("applies an audio factor where generating audio costs more (1.5 Pro: twice)", () => {
    const pro = input({ model: "seedance-1.5-pro" });
    // 108,000 × ¥8 × 2 / 1M, and without audio ¥8
    expect(estimateCost(volcengine, pro)).toMatchObject({ currency: "CNY" });
    expect(estimateCost(volcengine, pro)!.amount).toBeCloseTo(1.728, 6);
    expect(estimateCost(volcengine, { ...pro, generateAudio: false })!.amount).toBeCloseTo(0.864, 6);
    // Seedance 2.0 has no factor: audio changes nothing
    expect(estimateCost(laozhang, input({ generateAudio: false }))!.amount).toBeCloseTo(0.85104, 6);
  });

  it("prices per second when the table says so, reference seconds included", () => {
    const perSecond: ProviderPrices = {
      currency: "USD",
      concurrentTasks: 2,
      sources: [],
      models: {
        "seedance-2.0": { unit: "second", perUnit: { "720p": 0.2 }, withVideoInput: { "720p": 0.1 } },
      },
    };
    expect(estimateCost(perSecond, input())).toMatchObject({ amount: 1, tokens: null, seconds: 5 });
    // (5 + 3) s × $0.10
    expect(estimateCost(perSecond, input({ videoInputs: 1, inputVideoSeconds: 3 }))!.amount).toBeCloseTo(
      0.8,
      9,
    );
  });

  it("has no figure for what the table does not price", () => {
    expect(estimateCost(laozhang, input({ model: "seedance-2.0-fast", resolution: "1080p" }))).toBeNull();
    expect(estimateCost(laozhang, input({ model: "seedance-1.5-pro" }))).toBeNull();
    expect(estimateCost(DEFAULT_PRICE_TABLE.ark!, input())).toBeNull();
    expect(estimateCost(null, input())).toBeNull();
  });
});

describe("costInputOf", () => {
  it("fills the model's defaults and counts reference videos", () => {
    expect(costInputOf({ model: "seedance-2.0", prompt: "x" })).toEqual(input({ aspectRatio: "adaptive" }));
    const withVideo = costInputOf(
      {
        model: "seedance-2.0-fast",
        prompt: "x",
        duration: 8,
        resolution: "480p",
        generate_audio: false,
        input_references: [
          { type: "image_url", image_url: { url: "https://example.com/a.png" } },
          { type: "video_url", video_url: { url: "https://example.com/a.mp4" } },
        ],
      },
      4,
    );
    expect(withVideo).toMatchObject({
      duration: 8,
      resolution: "480p",
      generateAudio: false,
      videoInputs: 1,
      inputVideoSeconds: 4,
    });
    expect(costInputOf({ model: "not-a-model", prompt: "x" })).toBeNull();
  });
});

describe("costOfUsage", () => {
  it("prices the provider's reported tokens at the table's token rate", () => {
    // 100,000 tokens × $7.88 / 1M
    expect(costOfUsage(laozhang, input(), 100_000)).toBeCloseTo(0.788, 9);
    expect(costOfUsage(laozhang, input({ videoInputs: 1 }), 100_000)).toBeCloseTo(0.48, 9);
  });

  it("has no figure when the provider bills by the second", () => {
    const perSecond: ProviderPrices = {
      currency: "USD",
      concurrentTasks: 2,
      sources: [],
      models: { "seedance-2.0": { unit: "second", perUnit: { "720p": 0.2 } } },
    };
    expect(costOfUsage(perSecond, input(), 100_000)).toBeNull();
  });
});

describe("formatCost", () => {
  it("writes the currency and two decimals, three under a cent", () => {
    expect(formatCost(0.85104, "USD")).toBe("$0.85");
    expect(formatCost(1.728, "CNY")).toBe("CN¥1.73");
    expect(formatCost(0.004, "USD")).toBe("$0.004");
    expect(formatCost(0, "USD")).toBe("$0.00");
  });
});
