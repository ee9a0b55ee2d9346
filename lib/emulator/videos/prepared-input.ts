import type { InputSlot, MediaKind } from "@/lib/video/infer-mode";

/**
 * A validated media input as stored with a task. `url` is `asset://ta_...`, an
 * `emulator-file://bucket/name` reference (data: URLs and our own signed links, stored locally)
 * or an outside http(s) URL fetched when the render starts.
 */
export interface PreparedInput {
  slot: InputSlot;
  media: MediaKind;
  url: string;
  param: string;
}

/** Byte caps for inputs by media type (API.md §3.6). */
export const INPUT_LIMITS: Record<MediaKind, number> = {
  image: 30 * 1024 * 1024,
  video: 50 * 1024 * 1024,
  audio: 15 * 1024 * 1024,
};
