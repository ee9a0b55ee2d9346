import { describe, expect, it } from "vitest";
import { shellQuote, toCurl, toJson } from "@/lib/playground/curl";

const body = {
  model: "seedance-2.0",
  prompt: "It's a portrait",
  frame_images: [{ type: "image_url", frame_type: "first_frame", image_url: { url: "asset://ta_abc" } }],
  duration: 6,
};

describe("toCurl", () => {
  it("posts the JSON body to Token360 with the key only as a placeholder", () => {
    expect(toCurl(body)).toBe(
      [
        "curl -X POST https://api.token360.ai/v1/videos \\",
        '  -H "Authorization: Bearer $TOKEN360_API_KEY" \\',
        '  -H "Content-Type: application/json" \\',
        `  -d '${toJson(body).replace("It's", "It'\\''s")}'`,
      ].join("\n"),
    );
  });

  it("keeps asset:// URLs and quotes single quotes for the shell", () => {
    const text = toCurl(body);
    expect(text).toContain('"url": "asset://ta_abc"');
    expect(text).not.toMatch(/sk-/);
    expect(shellQuote("a'b")).toBe(`'a'\\''b'`);
  });
});
