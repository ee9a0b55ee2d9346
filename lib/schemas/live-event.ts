import { z } from "zod";
import { assetSchema } from "./asset";
import { videoTaskSchema } from "./video";

// What GET /api/events pushes: the new state of an asset or a video task the server follows, or
// that one is gone. One schema for the server that sends and the page that applies.

export const liveEventSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("asset"), asset: assetSchema }),
  z.object({ type: z.literal("video"), video: videoTaskSchema }),
  z.object({ type: z.literal("gone"), kind: z.enum(["asset", "video"]), id: z.string() }),
]);
export type LiveEvent = z.infer<typeof liveEventSchema>;

/** The SSE event name every live event is sent under. */
export const LIVE_EVENT_NAME = "change";
