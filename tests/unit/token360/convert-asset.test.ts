// @vitest-environment node
import { describe, expect, it } from "vitest";
import { toAsset } from "@/lib/token360/convert/asset";
import { assetRecord } from "./factories";

const TA = "ta_5d41402abc4b2a76b9719d911017c592";

describe("toAsset", () => {
  it("converts the unified asset record, with no URL of the app in it", () => {
    expect(toAsset(assetRecord())).toEqual({
      assetId: TA,
      name: "hero-front",
      groupId: "grp_9f86d081884c7d65",
      groupName: "Hero character",
      kind: "VIRTUAL_PORTRAIT",
      mediaType: "image",
      status: "processing",
      failureReason: null,
      mimeType: "image/png",
      sizeBytes: 482113,
      width: 1024,
      height: 1536,
      expiresAt: null,
      createdAt: null,
    });
  });

  it("uses token360AssetId when assetId is missing, never the integer record id", () => {
    expect(toAsset(assetRecord({ assetId: undefined })).assetId).toBe(TA);
    expect(() => toAsset(assetRecord({ assetId: undefined, token360AssetId: undefined }))).toThrow(/assetId/);
  });

  it("reads the group from groupId when assetGroupId is missing", () => {
    expect(toAsset(assetRecord({ assetGroupId: undefined, groupId: "g2" })).groupId).toBe("g2");
  });

  it.each([
    ["ACTIVE", "active"],
    ["ready", "active"],
    ["Processing", "processing"],
    ["pending", "processing"],
    ["rejected", "failed"],
    ["error", "failed"],
    ["inactive", "failed"],
    ["expired", "expired"],
  ])("normalises the status %s to %s", (status, expected) => {
    expect(toAsset(assetRecord({ status })).status).toBe(expected);
  });

  it("keeps the failure reason of a failed asset", () => {
    expect(toAsset(assetRecord({ status: "Failed", reason: "FaceMismatch" })).failureReason).toBe(
      "FaceMismatch",
    );
    expect(toAsset(assetRecord({ status: "failed", error: { message: "Too blurry" } })).failureReason).toBe(
      "Too blurry",
    );
  });

  it.each([
    ["AIGC", "VIRTUAL_PORTRAIT"],
    ["REAL_PERSON", "REAL_FACE"],
    ["GENERAL", "GENERIC"],
  ])("maps the asset kind %s to %s", (assetKind, kind) => {
    expect(toAsset(assetRecord({ assetKind })).kind).toBe(kind);
  });

  it("falls back to the id prefix when the asset kind is missing or unknown", () => {
    const ua = "ua_0123456789abcdef0123456789abcdef";
    expect(
      toAsset(assetRecord({ assetKind: "USER_THING", assetId: ua, token360AssetId: undefined })).kind,
    ).toBe("GENERIC");
    expect(toAsset(assetRecord({ assetKind: undefined })).kind).toBe("VIRTUAL_PORTRAIT");
  });

  it("derives the media type from the MIME type and accepts numbers sent as strings", () => {
    const asset = toAsset(
      assetRecord({ mediaType: undefined, mimeType: "video/mp4", width: "1280", height: "720" }),
    );
    expect(asset).toMatchObject({ mediaType: "video", width: 1280, height: 720 });
  });

  it("converts unix-second and ISO dates", () => {
    const asset = toAsset(assetRecord({ createdAt: 1767225600, expiresAt: "2026-02-01T00:00:00Z" }));
    expect(asset.createdAt).toBe("2026-01-01T00:00:00.000Z");
    expect(asset.expiresAt).toBe("2026-02-01T00:00:00.000Z");
  });

  it("fails loudly on an unknown status or a field of the wrong type", () => {
    expect(() => toAsset(assetRecord({ status: "dreaming" }))).toThrow(/dreaming/);
    expect(() => toAsset(assetRecord({ width: { px: 3 } }))).toThrow(/unexpected shape/);
  });
});
