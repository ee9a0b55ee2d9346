import { env } from "@/lib/env";
import { emulatorAdminToken, internalEmulatorKey } from "@/lib/workspace/secrets";
import { createEmulator } from "./create-emulator";
import type { Emulator } from "./options";

// One emulator per server process. Cached on globalThis because Next may load this module more
// than once (route bundles, HMR), and two instances would race on the same SQLite file.
const store = globalThis as typeof globalThis & { __portraitStudioEmulator?: Emulator };

/** The key the app used before it generated its own: its library moves to the generated key. */
const LEGACY_APP_KEY = "sk-portrait-studio-local-emulator";

const MIB = 1024 * 1024;

export function getEmulator(): Emulator {
  store.__portraitStudioEmulator ??= createEmulator({
    dataDir: env.DATA_DIR,
    timeScale: env.EMULATOR_TIME_SCALE,
    assetProcessingMs: env.EMULATOR_ASSET_PROCESSING_MS,
    videoQueueMs: env.EMULATOR_VIDEO_QUEUE_MS,
    renderMinMs: env.EMULATOR_RENDER_MIN_MS,
    renderConcurrency: env.EMULATOR_RENDER_CONCURRENCY,
    h5LinkTtlSeconds: env.EMULATOR_H5_LINK_TTL_S,
    failNextUploads: env.EMULATOR_FAIL_NEXT_UPLOADS,
    fault: env.EMULATOR_FAULT,
    admin: env.EMULATOR_ADMIN,
    adminToken: env.EMULATOR_ADMIN ? emulatorAdminToken() : undefined,
    allowLoopbackFetch: env.EMULATOR_ALLOW_LOOPBACK_FETCH,
    tenantQuotaBytes: env.EMULATOR_TENANT_QUOTA_MB * MIB,
    minFreeDiskBytes: env.EMULATOR_MIN_FREE_DISK_MB * MIB,
    maxQueuedVideos: env.EMULATOR_MAX_QUEUED_VIDEOS,
    moveTenant: { fromKey: LEGACY_APP_KEY, toKey: internalEmulatorKey() },
  });
  return store.__portraitStudioEmulator;
}
