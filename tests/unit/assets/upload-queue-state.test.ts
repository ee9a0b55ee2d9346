import { describe, expect, it } from "vitest";
import {
  isPending,
  uploadQueueReducer,
  type UploadItem,
} from "@/components/assets/upload/upload-queue-state";

const file = (name: string) => new File(["x"], name, { type: "image/png" });

describe("the upload queue", () => {
  it("names each added file after its file name", () => {
    const items = uploadQueueReducer([], { type: "add", files: [file("a.png"), file("b.webp")] });
    expect(items.map((item) => [item.name, item.status])).toEqual([
      ["a", "ready"],
      ["b", "ready"],
    ]);
  });

  it("tracks each file's progress and outcome separately", () => {
    let items: UploadItem[] = uploadQueueReducer([], { type: "add", files: [file("a.png"), file("b.png")] });
    const [a, b] = items.map((item) => item.id) as [string, string];
    items = uploadQueueReducer(items, { type: "start", id: a });
    items = uploadQueueReducer(items, { type: "progress", id: a, progress: 40 });
    items = uploadQueueReducer(items, { type: "failed", id: b, error: "Asset group is not active." });
    expect(items.map((item) => [item.status, item.progress, item.error])).toEqual([
      ["uploading", 40, null],
      ["failed", 0, "Asset group is not active."],
    ]);
  });

  it("sends again what failed or was canceled, never what arrived", () => {
    let items: UploadItem[] = uploadQueueReducer([], {
      type: "add",
      files: [file("a.png"), file("b.png"), file("c.png")],
    });
    const [a, b] = items.map((item) => item.id) as [string, string];
    items = uploadQueueReducer(items, { type: "done", id: a });
    items = uploadQueueReducer(items, { type: "canceled", id: b });
    expect(items.filter(isPending).map((item) => item.name)).toEqual(["b", "c"]);
  });
});
