import type { Asset } from "./asset";
import type { VideoTask } from "./video";

// What GET /api/events pushes: the new state of an asset or a video task the server follows
// (as its GET route answers it, a task without its request body), or that one is gone.
// No schema library here: the browser reads events with the light check below.

export type LiveEvent =
  | { type: "asset"; asset: Asset }
  | { type: "video"; video: VideoTask }
  | { type: "gone"; kind: "asset" | "video"; id: string };

/** The SSE event name every live event is sent under. */
export const LIVE_EVENT_NAME = "change";

export const EVENTS_URL = "/api/events";

type Loose = Record<string, unknown> | null | undefined;
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;
const hasText = (value: Loose, key: string) => typeof value?.[key] === "string";

/** An event's data as sent by the server, or null when it is not one (the page ignores it). */
export function readLiveEvent(data: string): LiveEvent | null {
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return null;
  }
  if (!isObject(value)) return null;
  const item = (key: string) => (isObject(value[key]) ? value[key] : null);
  if (value.type === "asset" && hasText(item("asset"), "assetId") && hasText(item("asset"), "status"))
    return value as LiveEvent;
  if (value.type === "video" && hasText(item("video"), "id") && hasText(item("video"), "status"))
    return value as LiveEvent;
  if (value.type === "gone" && (value.kind === "asset" || value.kind === "video") && hasText(value, "id"))
    return value as LiveEvent;
  return null;
}
