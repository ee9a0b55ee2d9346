import { describe, expect, it } from "vitest";
import { limitsHint, localFileProblem } from "@/lib/playground/media-limits";

const file = (overrides: Partial<Parameters<typeof localFileProblem>[0]> = {}) => ({
  name: "a.png",
  type: "image/png",
  sizeBytes: 10_000,
  width: 800,
  height: 600,
  ...overrides,
});

describe("localFileProblem", () => {
  it("accepts an image within the upstream limits", () => {
    expect(localFileProblem(file(), "image")).toBeNull();
  });

  it("names the formats a block takes", () => {
    expect(localFileProblem(file({ type: "image/gif" }), "image")).toBe(
      "a.png is not a supported image file. Choose a JPEG, PNG or WebP file.",
    );
    expect(localFileProblem(file({ type: "image/png" }), "audio")).toMatch(/Choose a MP3 or WAV file/);
  });

  it("caps the size at the upstream's limit of each media type", () => {
    const mb = 1024 * 1024;
    expect(localFileProblem(file({ sizeBytes: 25 * mb }), "image")).toBeNull();
    expect(localFileProblem(file({ sizeBytes: 30 * mb }), "image")).toMatch(/image files can be at most/);
    const mp4 = { name: "c.mp4", type: "video/mp4", durationSeconds: 5, width: 720, height: 720 };
    expect(localFileProblem({ ...mp4, sizeBytes: 20 * mb }, "video")).toBeNull();
    expect(localFileProblem({ ...mp4, sizeBytes: 51 * mb }, "video")).toMatch(/at most 50 MB/);
    const wav = { name: "v.wav", type: "audio/wav", durationSeconds: 5 };
    expect(localFileProblem({ ...wav, sizeBytes: 16 * mb }, "audio")).toMatch(/at most 15 MB/);
  });

  it("checks a video's frame size as upstream does", () => {
    const mp4 = { name: "c.mp4", type: "video/mp4", sizeBytes: 1000, durationSeconds: 5 };
    expect(localFileProblem({ ...mp4, width: 480, height: 480 }, "video")).toMatch(
      /c.mp4 is 480 × 480 px; a video frame must have 409,600–927,408 pixels/,
    );
    expect(localFileProblem({ ...mp4, width: 854, height: 480 }, "video")).toBeNull();
  });

  it("checks image sides and aspect ratio", () => {
    expect(localFileProblem(file({ width: 200, height: 600 }), "image")).toBe(
      "a.png is 200 × 600 px; each side must be at least 300 px.",
    );
    expect(localFileProblem(file({ width: 3000, height: 1000 }), "image")).toBe(
      "a.png has an aspect ratio (width ÷ height) of 3.00; it must be between 0.4 and 2.5.",
    );
  });

  it("checks audio and video lengths", () => {
    const wav = { name: "v.wav", type: "audio/wav", sizeBytes: 1000 };
    expect(localFileProblem({ ...wav, durationSeconds: 1 }, "audio")).toMatch(/must be 2–15 s long/);
    expect(localFileProblem({ ...wav, durationSeconds: 3 }, "audio")).toBeNull();
  });

  it("summarises the limits for a block's help text", () => {
    expect(limitsHint("video")).toBe("MP4 or MOV up to 50 MB, 2–15 s");
  });
});
