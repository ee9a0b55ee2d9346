import { describe, expect, it } from "vitest";
import {
  describeRejection,
  DIMENSION_ERROR,
  FILE_ERROR,
  validateImageDimensions,
} from "@/lib/assets/dropzone-rejections";
import { dimensionProblem, fileProblem, imageProblem } from "@/lib/assets/image-limits";
import { IMAGE_LIMITS } from "@/lib/media/image-rules";

const png = (overrides: Partial<{ name: string; type: string; size: number }> = {}) => ({
  name: "hero.png",
  type: "image/png",
  size: 200_000,
  ...overrides,
});

describe("image limits", () => {
  it("accepts a JPEG, PNG or WebP image within every limit", () => {
    for (const type of ["image/jpeg", "image/png", "image/webp"]) {
      expect(imageProblem({ ...png({ type }), width: 800, height: 1000 })).toBeNull();
    }
  });

  it("takes video and audio within the upstream's caps", () => {
    const mb = 1024 * 1024;
    expect(fileProblem({ name: "clip.mp4", type: "video/mp4", size: 20 * mb })).toBeNull();
    expect(fileProblem({ name: "clip.mov", type: "video/quicktime", size: 60 * mb })).toBe(
      "“clip.mov” is 60 MB; video files can be at most 50 MB.",
    );
    expect(fileProblem({ name: "voice.wav", type: "audio/wav", size: 16 * mb })).toMatch(
      /audio files can be at most 15 MB/,
    );
  });

  it("refuses other types and says which types are allowed", () => {
    expect(fileProblem(png({ name: "clip.gif", type: "image/gif" }))).toBe(
      "“clip.gif” has type image/gif. Only JPEG, PNG and WebP images can be uploaded. Generic groups also take MP4, MOV, MP3 and WAV files.",
    );
    expect(fileProblem(png({ name: "notes", type: "" }))).toMatch(
      /not a recognised image.*JPEG, PNG and WebP/,
    );
  });

  it("refuses files over 30 MB and names the limit", () => {
    expect(fileProblem(png({ size: 31 * 1024 * 1024 }))).toBe(
      "“hero.png” is 31 MB; the limit is 30 MB per file.",
    );
  });

  it("holds the cap as the server does: a file of exactly 30 MB is refused", () => {
    expect(fileProblem(png({ size: IMAGE_LIMITS.maxBytes - 1 }))).toBeNull();
    expect(fileProblem(png({ size: IMAGE_LIMITS.maxBytes }))).toMatch(/the limit is 30 MB per file/);
  });

  it("refuses images with a side under 300 px and names the minimum", () => {
    expect(dimensionProblem("tiny.png", 200, 200)).toBe(
      "“tiny.png” is 200 × 200 px; each side must be at least 300 px.",
    );
  });

  it("refuses images with a side over 6000 px and names the maximum", () => {
    expect(dimensionProblem("huge.png", 6001, 4000)).toBe(
      "“huge.png” is 6,001 × 4,000 px; each side must be at most 6,000 px.",
    );
  });

  it("refuses aspect ratios outside 0.4–2.5 and gives the ratio it found", () => {
    expect(dimensionProblem("banner.png", 1500, 500)).toBe(
      "“banner.png” has an aspect ratio (width ÷ height) of 3.00; it must be between 0.4 and 2.5.",
    );
    expect(dimensionProblem("strip.png", 300, 1000)).toMatch(/0\.30; it must be between 0\.4 and 2\.5/);
  });

  it("accepts the exact boundaries", () => {
    expect(dimensionProblem("edge.png", 300, 300)).toBeNull();
    expect(dimensionProblem("edge.png", 6000, 2400)).toBeNull();
    expect(dimensionProblem("edge.png", 400, 1000)).toBeNull();
  });

  it("checks type and size before dimensions", () => {
    expect(imageProblem({ ...png({ type: "image/gif" }), width: 10, height: 10 })).toMatch(/Only JPEG/);
  });
});

describe("drop zone rejections", () => {
  const file = (name: string, type: string, size = 1000) =>
    Object.assign(new File([new Uint8Array(size)], name, { type }), { path: name, relativePath: name });

  it("refuses a file of exactly the cap, which react-dropzone's own size check lets through", async () => {
    const big = file("big.png", "image/png", IMAGE_LIMITS.maxBytes);
    expect(await validateImageDimensions(big)).toEqual({
      code: FILE_ERROR,
      message: "“big.png” is 30 MB; the limit is 30 MB per file.",
    });
  });

  it("words react-dropzone's type rejection with the allowed types", () => {
    const refused = describeRejection({
      file: file("doc.pdf", "application/pdf"),
      errors: [{ code: "file-invalid-type", message: "File type must be image/jpeg,.jpg" }],
    });
    expect(refused).toEqual({
      name: "doc.pdf",
      message:
        "“doc.pdf” has type application/pdf. Only JPEG, PNG and WebP images can be uploaded. Generic groups also take MP4, MOV, MP3 and WAV files.",
    });
  });

  it("keeps the dimension check's own message", () => {
    const message =
      "“wide.png” has an aspect ratio (width ÷ height) of 3.00; it must be between 0.4 and 2.5.";
    expect(
      describeRejection({ file: file("wide.png", "image/png"), errors: [{ code: DIMENSION_ERROR, message }] })
        .message,
    ).toBe(message);
  });
});
