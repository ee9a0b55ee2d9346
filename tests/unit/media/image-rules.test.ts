import { describe, expect, it } from "vitest";
import {
  checkImageShape,
  describeImageShape,
  exceedsImageBytes,
  IMAGE_LIMITS,
  isAcceptedImageType,
} from "@/lib/media/image-rules";

describe("the image rules", () => {
  it("accept JPEG, PNG and WebP only", () => {
    for (const type of ["image/jpeg", "image/png", "image/webp"])
      expect(isAcceptedImageType(type)).toBe(true);
    for (const type of ["image/gif", "image/svg+xml", "text/html", ""])
      expect(isAcceptedImageType(type)).toBe(false);
  });

  it("hold the byte cap exclusively, as the upstream's “smaller than 30 MB” does", () => {
    expect(exceedsImageBytes(IMAGE_LIMITS.maxBytes - 1)).toBe(false);
    expect(exceedsImageBytes(IMAGE_LIMITS.maxBytes)).toBe(true);
  });

  it.each([
    [300, 300],
    [6000, 2400],
    [400, 1000],
    [2500, 1000],
  ])("accept %i×%i (the bounds are inclusive)", (width, height) => {
    expect(checkImageShape({ width, height })).toBeNull();
  });

  it("name the side bound an image breaks, short side first", () => {
    expect(checkImageShape({ width: 299, height: 6001 })).toMatchObject({ limit: "side", bound: "min" });
    expect(checkImageShape({ width: 6001, height: 4000 })).toMatchObject({ limit: "side", bound: "max" });
  });

  it("check the aspect ratio once the sides fit", () => {
    expect(checkImageShape({ width: 2501, height: 1000 })).toMatchObject({ limit: "aspect" });
    expect(checkImageShape({ width: 399, height: 1000 })).toMatchObject({ limit: "aspect" });
  });

  it("word each problem so any layer can put the image's name in front", () => {
    const words = (width: number, height: number) => {
      const problem = checkImageShape({ width, height });
      return problem && describeImageShape(problem);
    };
    expect(words(200, 200)).toBe("is 200 × 200 px; each side must be at least 300 px");
    expect(words(6001, 4000)).toBe("is 6,001 × 4,000 px; each side must be at most 6,000 px");
    expect(words(1500, 500)).toBe(
      "has an aspect ratio (width ÷ height) of 3.00; it must be between 0.4 and 2.5",
    );
  });
});
