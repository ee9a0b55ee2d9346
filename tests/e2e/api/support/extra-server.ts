import { startNextServer, type NextServer } from "../../support/next-server.mjs";

// Extra `next start` servers of the same build with their own env (tests/e2e/support/next-server.mjs),
// e.g. the canary server in real-API mode (TOKEN360_BASE_URL = the suite's emulator over HTTP,
// the canary as its key). Every byte such a server logs is kept: the canary spec reads it all.

/** Must look like a real key (lib/env-schema.ts); distinctive enough that a match is a leak. */
export const CANARY_KEY = "sk-canary-7f3e9c1a5b2d4e6f8a0b1c2d3e4f5a6b";

export type ExtraServer = NextServer;
export type CanaryServer = ExtraServer;

/** Another `next start` of the same build with extra env, on a free port and a fresh DATA_DIR. */
export const startExtraServer = (label: string, extraEnv: Record<string, string>): Promise<ExtraServer> =>
  startNextServer({ label, env: extraEnv, keepLog: Infinity });

/** The canary server: real-API mode against `upstreamOrigin`'s emulator, with the canary key. */
export const startCanaryServer = (upstreamOrigin: string) =>
  startExtraServer("e2e-canary", {
    TOKEN360_API_KEY: CANARY_KEY,
    TOKEN360_BASE_URL: `${upstreamOrigin}/emulator/v1`,
    TOKEN360_TIMEOUT_MS: "20000",
  });
