import { eventStream } from "@/lib/api/live/event-stream";
import { liveFollower } from "@/lib/api/live/live";
import { route } from "@/lib/api/route";
import { isSessionValid, sessionCookieOf } from "@/lib/api/session";

// A stream never answers from a build-time cache.
export const dynamic = "force-dynamic";

// GET /api/events - live asset and video status as Server-Sent Events (heartbeat every 15 s)
export const GET = route({}, ({ request }) =>
  eventStream(request, liveFollower(), { mayListen: () => isSessionValid(sessionCookieOf(request)) }),
);
