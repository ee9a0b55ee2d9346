// @vitest-environment node
import { describe, expect, it } from "vitest";
import { presentAsset, presentAssetPage, presentVideoPage, presentVideoTask } from "@/lib/api/present";
import { assetSchema } from "@/lib/schemas/asset";
import { videoTaskSchema } from "@/lib/schemas/video";
import { toAsset } from "@/lib/token360/convert/asset";
import { toVideoTask } from "@/lib/token360/convert/video";
import { assetRecord, videoObject } from "../token360/factories";

// What the browser receives: the converters' records plus the app's own URLs.

const TA = "ta_5d41402abc4b2a76b9719d911017c592";
const VIDEO = "vid_7f3a9c2e41b84d0f";

describe("presentAsset", () => {
  it("points an image asset's preview at the app", () => {
    const asset = presentAsset(toAsset(assetRecord()));
    expect(asset.previewUrl).toBe(`/api/assets/${TA}/preview`);
    expect(assetSchema.parse(asset)).toEqual(asset);
  });

  it("gives video and audio assets the same preview route (a poster frame or a waveform)", () => {
    const asset = presentAsset(toAsset(assetRecord({ mediaType: "video", mimeType: "video/mp4" })));
    expect(asset.previewUrl).toBe(`/api/assets/${TA}/preview`);
  });

  it("presents every item of a page and keeps the paging", () => {
    const page = presentAssetPage({ items: [toAsset(assetRecord())], total: 7, page: 2, pageSize: 1 });
    expect(page).toMatchObject({ total: 7, page: 2, pageSize: 1 });
    expect(page.items[0]?.previewUrl).toBe(`/api/assets/${TA}/preview`);
  });
});

describe("presentVideoTask", () => {
  it("serves a completed task's video and last frame from the app, never the upstream URL", () => {
    const task = presentVideoTask(toVideoTask(videoObject()));
    expect(task).toMatchObject({
      contentUrl: `/api/videos/${VIDEO}/content`,
      lastFrameUrl: `/api/videos/${VIDEO}/last-frame`,
    });
    expect(task).not.toHaveProperty("hasLastFrame");
    expect(JSON.stringify(task)).not.toContain("cdn.example.com");
    expect(videoTaskSchema.parse(task)).toEqual(task);
  });

  it("offers no last frame when the provider holds none", () => {
    const task = presentVideoTask(
      toVideoTask(videoObject({ content: undefined, last_frame_url: undefined })),
    );
    expect(task).toMatchObject({ contentUrl: `/api/videos/${VIDEO}/content`, lastFrameUrl: null });
  });

  it("offers no media before the task has completed", () => {
    const running = toVideoTask(videoObject({ status: "in_progress", url: undefined, video_url: undefined }));
    const page = presentVideoPage({ items: [running], hasMore: false, firstId: VIDEO, lastId: VIDEO });
    expect(page.items[0]).toMatchObject({ contentUrl: null, lastFrameUrl: null });
  });
});
