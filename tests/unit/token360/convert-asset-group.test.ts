// @vitest-environment node
import { describe, expect, it } from "vitest";
import { toAssetGroup } from "@/lib/token360/convert/asset-group";
import { UpstreamShapeError } from "@/lib/token360/convert/shape-error";
import { groupRecord, stubFetch, testUpstream } from "./factories";

const upstream = testUpstream(stubFetch().fetch);
const emulator = testUpstream(stubFetch().fetch, {
  mode: "emulator",
  internalOrigin: "http://emulator.internal",
});

describe("toAssetGroup", () => {
  it("converts the suggested full record", () => {
    expect(toAssetGroup(groupRecord(), upstream)).toEqual({
      id: "grp_9f86d081884c7d65",
      name: "Hero character",
      kind: "VIRTUAL_PORTRAIT",
      status: "active",
      retention: "No fixed expiry",
      assetCount: 3,
      createdAt: "2026-01-01T00:00:00.000Z",
      verification: null,
    });
  });

  it.each([
    ["groupId", { groupId: "g_list", assetGroupId: undefined }, "g_list"],
    ["assetGroupId", { groupId: undefined, assetGroupId: "g_create" }, "g_create"],
    ["a numeric id", { groupId: undefined, assetGroupId: undefined, id: 77 }, "77"],
  ])("reads the group id from %s", (_label, overrides, expected) => {
    expect(toAssetGroup(groupRecord(overrides), upstream).id).toBe(expected);
  });

  it.each([
    ["AIGC", "VIRTUAL_PORTRAIT"],
    ["VIRTUAL_PORTRAIT", "VIRTUAL_PORTRAIT"],
    ["REAL_PERSON", "REAL_FACE"],
    ["LIVENESS_FACE", "REAL_FACE"],
    ["LivenessFace", "REAL_FACE"],
    ["real_face", "REAL_FACE"],
    ["GENERAL", "GENERIC"],
    ["GENERIC", "GENERIC"],
  ])("maps the kind spelling %s to %s", (groupKind, kind) => {
    expect(toAssetGroup(groupRecord({ groupKind }), upstream).kind).toBe(kind);
  });

  it.each([
    ["ACTIVE", "active"],
    ["Ready", "active"],
    ["pending_validation", "pending_validation"],
    ["PENDING", "pending_validation"],
    ["Expired", "expired"],
    ["rejected", "failed"],
  ])("normalises the status %s to %s", (status, expected) => {
    expect(toAssetGroup(groupRecord({ status }), upstream).status).toBe(expected);
  });

  it("fills name and kind from the create request when the answer only has the id", () => {
    const group = toAssetGroup({ assetGroupId: "g1" }, upstream, { name: "Bei", kind: "VIRTUAL_PORTRAIT" });
    expect(group).toMatchObject({ id: "g1", name: "Bei", kind: "VIRTUAL_PORTRAIT", status: "active" });
  });

  it("treats a Real Face group without a status as waiting for verification and keeps its h5 link", () => {
    const group = toAssetGroup({ assetGroupId: "rf1", h5_link: "https://kyc.example.com/?t=1" }, upstream, {
      name: "Me",
      kind: "REAL_FACE",
    });
    expect(group.status).toBe("pending_validation");
    expect(group.verification).toEqual({ url: "https://kyc.example.com/?t=1", expiresAt: null });
  });

  it("makes an emulator h5 link root-relative so the browser opens it on the app's origin", () => {
    const group = toAssetGroup(
      groupRecord({
        groupKind: "REAL_FACE",
        status: "pending_validation",
        h5Link: "http://emulator.internal/emulator/verify/abc",
        h5LinkExpiresAt: 1767225720,
      }),
      emulator,
    );
    expect(group.verification).toEqual({
      url: "/emulator/verify/abc",
      expiresAt: "2026-01-01T00:02:00.000Z",
    });
  });

  it("shows generic retention in days", () => {
    expect(toAssetGroup(groupRecord({ groupKind: "GENERIC", retention: 7 }), upstream).retention).toBe(
      "7 days",
    );
  });

  it("fails loudly on an unknown kind", () => {
    expect(() => toAssetGroup(groupRecord({ groupKind: "HOLOGRAM" }), upstream)).toThrow(UpstreamShapeError);
    expect(() => toAssetGroup(groupRecord({ groupKind: "HOLOGRAM" }), upstream)).toThrow(/HOLOGRAM/);
  });

  it("fails loudly on an unknown status and on a record without any id", () => {
    expect(() => toAssetGroup(groupRecord({ status: "sleeping" }), upstream)).toThrow(/sleeping/);
    expect(() => toAssetGroup({ name: "x", groupKind: "AIGC" }, upstream)).toThrow(/groupId/);
  });
});
