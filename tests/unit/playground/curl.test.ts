import { describe, expect, it } from "vitest";
import { forDisplay, shellQuote, toCurl, toJson } from "@/lib/playground/curl";

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

describe("forDisplay", () => {
  it("shortens long data: URLs only in the copy shown", () => {
    const dataUrl = `data:image/png;base64,${"A".repeat(4000)}`;
    const original = {
      input_references: [{ image_url: { url: dataUrl } }],
      prompt: "data: is fine in prose",
    };
    const { body: shown, abbreviated } = forDisplay(original);
    expect(abbreviated).toBe(true);
    expect(shown.input_references[0]?.image_url.url).toMatch(
      /^data:image\/png;base64,A+…\(3 KB of base64 data omitted\)$/,
    );
    expect(shown.prompt).toBe("data: is fine in prose");
    expect(original.input_references[0]?.image_url.url).toBe(dataUrl);
  });

  it("leaves bodies without data: URLs untouched", () => {
    expect(forDisplay(body)).toEqual({ body, abbreviated: false });
  });
});
