import { cachedFor } from "@/lib/api/cached";
import { json } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { env } from "@/lib/env";
import { healthSchema } from "@/lib/schemas/health";
import { pingUpstream } from "@/lib/token360";
import packageJson from "@/package.json";

// Read at request time: the answer follows the running server's env, never the build's.
export const dynamic = "force-dynamic";

/** Health is public: anonymous callers share one upstream ping per 15 s instead of one each. */
const HEALTH_TTL_MS = 15_000;
const upstreamHealth = cachedFor(HEALTH_TTL_MS, () => pingUpstream());

// GET /api/health - which upstream is in use, the app's version, and an upstream ping (cached 15 s)
export const GET = route({ public: true }, async () =>
  json(healthSchema, { mode: env.mode, version: packageJson.version, upstream: await upstreamHealth() }),
);
