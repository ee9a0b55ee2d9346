// @vitest-environment node
import { describe, expect, it } from "vitest";
import { instructionFor, modeFromInstruction, withInstruction } from "@/lib/video/instruction";

describe("the prompt instructions for edit, extend and stitch", () => {
  it("writes the canonical opening of each mode", () => {
    expect(instructionFor("edit_video")).toBe("Strictly edit <Video 1>, ");
    expect(instructionFor("extend_video")).toBe("Extend <Video 1>, ");
    expect(instructionFor("stitch_video", 2)).toBe("<Video 1>, followed by <Video 2>, ");
    expect(instructionFor("stitch_video", 3)).toBe(
      "<Video 1>, followed by <Video 2>, followed by <Video 3>, ",
    );
  });

  it("replaces one mode's opening with another's and keeps what the user wrote", () => {
    const edited = withInstruction("make it night", "edit_video");
    expect(edited).toBe("Strictly edit <Video 1>, make it night");
    expect(withInstruction(edited, "extend_video")).toBe("Extend <Video 1>, make it night");
    expect(withInstruction(edited, "stitch_video", 3)).toBe(
      "<Video 1>, followed by <Video 2>, followed by <Video 3>, make it night",
    );
    expect(withInstruction(edited, "reference_images")).toBe("make it night");
  });

  it("reads each opening back as its mode, and a plain prompt as none", () => {
    for (const mode of ["edit_video", "extend_video", "stitch_video"] as const) {
      expect(modeFromInstruction(withInstruction("slowly", mode, 2), 2)).toBe(mode);
    }
    expect(modeFromInstruction("A dancer on a roof", 2)).toBeNull();
    expect(modeFromInstruction("Extend <Video 1>", 0)).toBeNull();
  });
});
