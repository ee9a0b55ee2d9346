import { startNextServer, type NextServer } from "../../support/next-server.mjs";

// A `next start` of its own for the reliability specs (tests/e2e/support/next-server.mjs), on
// the suite's fast emulator timings plus the admin route for faults. The same build
// (NEXT_DIST_DIR), its own port and DATA_DIR.

export type PrivateServer = NextServer;

export interface PrivateServerOptions {
  /** Reuse a data dir (a restart); a fresh one otherwise. */
  dataDir?: string;
  port?: number;
  env?: Record<string, string>;
}

/** What the admin route asks for (X-Admin-Token); support/faults.ts sends it. */
export const ADMIN_TOKEN = "reliability-admin-token-0123456789abcdef";

/** Fast emulator timings, like the suite's shared server, plus the admin route for faults. */
const BASE_ENV = {
  EMULATOR_ADMIN: "true",
  EMULATOR_ADMIN_TOKEN: ADMIN_TOKEN,
  EMULATOR_ASSET_PROCESSING_MS: "500",
  EMULATOR_VIDEO_QUEUE_MS: "200",
  EMULATOR_RENDER_MIN_MS: "1000",
  EMULATOR_RENDER_CONCURRENCY: "2",
};

export const startPrivateServer = (options: PrivateServerOptions = {}): Promise<PrivateServer> =>
  startNextServer({ label: "reliability", ...options, env: { ...BASE_ENV, ...options.env } });
