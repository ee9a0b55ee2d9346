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

  it("caps the size and points to the library for bigger files", () => {
    expect(localFileProblem(file({ sizeBytes: 6 * 1024 * 1024 }), "image")).toMatch(
      /at most 5.0 MB here. Upload it to your library/,
    );
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
    expect(limitsHint("video")).toBe("MP4 or MOV up to 8.0 MB, 2–15 s");
  });
});
