import type { ModelCapabilities } from "@/lib/video/capabilities";

/** One line of what a model offers, from the capability table (shown under the model picker). */
export function describeModel(caps: ModelCapabilities): string {
  const parts = [
    `${caps.duration.min}–${caps.duration.max} s`,
    caps.resolutions.join(" / "),
    caps.audio ? "audio" : "no audio",
    caps.references.images > 0 ? `up to ${caps.references.images} reference images` : "no references",
    caps.portraitAssets ? "Virtual Portrait assets" : "no portrait assets",
  ];
  return parts.join(" · ");
}
