// @vitest-environment node
import { describe, expect, it } from "vitest";
import { assetIdSchema, videoIdSchema } from "@/lib/schemas/ids";

describe("provider IDs", () => {
  it.each(["ta_0123456789abcdef0123456789abcdef", "ta_8b3f1c2a", "ua_AbC123xyz789", `ta_${"a".repeat(64)}`])(
    "accepts the asset ID %s as given",
    (id) => {
      expect(assetIdSchema.safeParse(id).success).toBe(true);
    },
  );

  it.each([
    "ta_",
    "ta_abc",
    "xx_0123456789",
    "ta_../../etc",
    "ta_abc/def12",
    "ta_abc.def12",
    `ta_${"a".repeat(65)}`,
  ])("refuses the asset ID %s", (id) => {
    expect(assetIdSchema.safeParse(id).success).toBe(false);
  });

  it.each(["cgt-20260101123456-abcde", "vid_0123456789abcdef01234567", "video_68d1f0c2"])(
    "accepts the task ID %s",
    (id) => {
      expect(videoIdSchema.safeParse(id).success).toBe(true);
    },
  );

  it.each(["../x", "a/b", "a.b", "-lead", ""])("refuses the task ID %s", (id) => {
    expect(videoIdSchema.safeParse(id).success).toBe(false);
  });
});
