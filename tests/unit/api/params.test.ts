// @vitest-environment node
import { describe, expect, it } from "vitest";
import { assetParamsSchema, groupParamsSchema, videoParamsSchema } from "@/lib/api/params";

const TA = "ta_0123456789abcdef0123456789abcdef";
const HOSTILE = [
  "..",
  "../etc/passwd",
  "%2F",
  "a/b",
  "a%2Fb",
  "https://evil.example/x",
  "x".repeat(300),
  "",
  " ta_1",
  "a?b",
  "a#b",
];

describe("the path param schemas", () => {
  it("accept well-formed ids", () => {
    expect(assetParamsSchema.safeParse({ assetId: TA }).success).toBe(true);
    expect(assetParamsSchema.safeParse({ assetId: TA.replace("ta_", "ua_") }).success).toBe(true);
    expect(groupParamsSchema.safeParse({ groupId: "grp_9f86d081884c7d65" }).success).toBe(true);
    expect(groupParamsSchema.safeParse({ groupId: "legacy_rf_12" }).success).toBe(true);
    expect(videoParamsSchema.safeParse({ videoId: "vid_7f3a9c2e41b84d0f" }).success).toBe(true);
  });

  it.each(HOSTILE)("reject the hostile id %j everywhere", (id) => {
    expect(assetParamsSchema.safeParse({ assetId: id }).success).toBe(false);
    expect(groupParamsSchema.safeParse({ groupId: id }).success).toBe(false);
    expect(videoParamsSchema.safeParse({ videoId: id }).success).toBe(false);
  });

  it("takes an asset id of another length as the provider gives it, but not an unknown prefix", () => {
    expect(assetParamsSchema.safeParse({ assetId: `${TA}0` }).success).toBe(true);
    expect(assetParamsSchema.safeParse({ assetId: TA.toUpperCase() }).success).toBe(false);
    expect(assetParamsSchema.safeParse({ assetId: `${TA}/x` }).success).toBe(false);
  });
});
