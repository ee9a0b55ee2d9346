import { apiError } from "../http/errors";
import { nearestAspectRatio, nearestResolution } from "./aspect";

// OpenAI SDKs send `seconds` ("4") and `size` ("1280x720") instead of Token360's `duration`,
// `resolution` and `aspect_ratio`. Upstream reportedly drops `seconds` silently (API.md §1.4
// item 8); the emulator maps both instead, so the OpenAI SDK works, and the Token360 names win
// when both are sent.

const invalid = (param: string, message: string) =>
  apiError(400, `InvalidParameter on ${param}: ${message}`, { param, code: "InvalidParameter" });

export function applyOpenAiAliases(body: Record<string, unknown>): Record<string, unknown> {
  const out = { ...body };
  if (out.seconds != null && out.duration == null) {
    const seconds = out.seconds;
    const value = typeof seconds === "string" && /^\d+$/.test(seconds.trim()) ? Number(seconds) : seconds;
    if (typeof value !== "number" || !Number.isInteger(value)) {
      throw invalid("seconds", 'seconds must be a whole number of seconds such as "5"');
    }
    out.duration = value;
  }
  if (out.size != null) {
    const match =
      typeof out.size === "string" ? /^(\d{2,5})\s*[x×]\s*(\d{2,5})$/i.exec(out.size.trim()) : null;
    if (!match) throw invalid("size", "size must look like 1280x720");
    const [width, height] = [Number(match[1]), Number(match[2])];
    out.resolution ??= nearestResolution(Math.min(width, height));
    out.aspect_ratio ??= nearestAspectRatio(width, height);
  }
  delete out.seconds;
  delete out.size;
  return out;
}
