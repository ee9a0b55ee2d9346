// @vitest-environment node
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { imageShapeError, unsupportedImageType } from "@/lib/api/upload/image-errors";
import { sniffImageType } from "@/lib/api/upload/sniff";
import { readImageDimensions } from "@/lib/media/image-dimensions";

const image = (width: number, height: number, format: "jpeg" | "png" | "webp") =>
  sharp({ create: { width, height, channels: 3, background: "#3366cc" } })
    [format]()
    .toBuffer();

describe("sniffImageType", () => {
  it.each(["jpeg", "png", "webp"] as const)("recognises %s by its magic bytes", async (format) => {
    expect(sniffImageType(await image(400, 400, format))).toBe(`image/${format}`);
  });

  it("refuses anything else, whatever it claims to be", () => {
    expect(sniffImageType(Buffer.from("<html><script>alert(1)</script>"))).toBeNull();
    expect(sniffImageType(Buffer.from("GIF89a......"))).toBeNull();
    expect(sniffImageType(Buffer.from("RIFF0000WAVE"))).toBeNull();
    expect(sniffImageType(new Uint8Array([0xff, 0xd8]))).toBeNull();
  });
});

describe("readImageDimensions", () => {
  it("reads the size from the first bytes of each format", async () => {
    for (const format of ["jpeg", "png", "webp"] as const) {
      const bytes = await image(640, 480, format);
      expect(readImageDimensions(bytes.subarray(0, Math.min(bytes.length, 4096)))).toEqual({
        width: 640,
        height: 480,
      });
    }
  });

  it("asks for more bytes when the header is cut short", async () => {
    expect(readImageDimensions((await image(640, 480, "jpeg")).subarray(0, 20))).toBeNull();
  });
});

describe("imageShapeError", () => {
  it.each([
    [300, 300, null],
    [6000, 2400, null],
    [299, 500, "The image is 299 × 500 px; each side must be at least 300 px."],
    [6001, 4000, "The image is 6,001 × 4,000 px; each side must be at most 6,000 px."],
    [2600, 1000, "The image has an aspect ratio (width ÷ height) of 2.60; it must be between 0.4 and 2.5."],
    [390, 1000, /aspect ratio .* 0.39/],
  ])("judges %i×%i", (width, height, message) => {
    const problem = imageShapeError({ width, height });
    if (message === null) expect(problem).toBeNull();
    else expect(problem?.message).toMatch(message);
  });

  it("answers 400 with the limit it breaks in the details", () => {
    expect(imageShapeError({ width: 2600, height: 1000 })).toMatchObject({
      status: 400,
      code: "validation_error",
      details: { limit: "aspect", width: 2600, height: 1000 },
    });
  });

  it("refuses other types with the same sentence as the browser", () => {
    expect(unsupportedImageType()).toMatchObject({
      status: 415,
      message: "Only JPEG, PNG and WebP images can be uploaded.",
      details: { limit: "type" },
    });
  });
});
