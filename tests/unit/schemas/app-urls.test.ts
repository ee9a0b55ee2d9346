import { describe, expect, it } from "vitest";
import {
  assetGroupsUrl,
  assetPreviewUrl,
  assetsUrl,
  toSearchParams,
  videoContentUrl,
  videoPosterUrl,
  videoSourceLinkUrl,
  videosUrl,
  videoUrl,
} from "@/lib/schemas/app-urls";

describe("the app's own URLs", () => {
  it("keeps only defined, non-empty query values", () => {
    expect(toSearchParams({ page: 2, keyword: "", kind: undefined, status: null, all: false })).toBe(
      "?page=2&all=false",
    );
    expect(toSearchParams({ keyword: "" })).toBe("");
  });

  it("builds list URLs with and without filters", () => {
    expect(assetsUrl()).toBe("/api/assets");
    expect(assetsUrl({ page: 1, keyword: "hero one", groupId: undefined })).toBe(
      "/api/assets?page=1&keyword=hero+one",
    );
    expect(assetGroupsUrl({ pageSize: 100 })).toBe("/api/asset-groups?pageSize=100");
    expect(videosUrl({ limit: 10, after: undefined })).toBe("/api/videos?limit=10");
  });

  it("encodes ids so that no id can change the path", () => {
    expect(videoUrl("a/../b")).toBe("/api/videos/a%2F..%2Fb");
    expect(assetPreviewUrl("ta_x?y")).toBe("/api/assets/ta_x%3Fy/preview");
  });

  it("names the preview size only when asked", () => {
    const id = "ta_0123456789abcdef0123456789abcdef";
    expect(assetPreviewUrl(id)).toBe(`/api/assets/${id}/preview`);
    expect(assetPreviewUrl(id, "full")).toBe(`/api/assets/${id}/preview?size=full`);
  });

  it("serves a video's content, download, poster and source link from the app", () => {
    expect(videoContentUrl("vid_1")).toBe("/api/videos/vid_1/content");
    expect(videoContentUrl("vid_1", true)).toBe("/api/videos/vid_1/content?download=1");
    expect(videoPosterUrl("vid_1")).toBe("/api/videos/vid_1/content#t=1");
    expect(videoSourceLinkUrl("vid_1")).toBe("/api/videos/vid_1/source-url");
  });
});
