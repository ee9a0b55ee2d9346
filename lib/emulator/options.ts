import { createGuardedFetch, type GuardedFetch } from "@/lib/net/guarded-fetch";

// Options accepted by createEmulator (kept independent of lib/env so tests build emulators freely).

export type FaultKind = "none" | "429" | "500" | "slow";

export interface Emulator {
  /** Serves any request whose path starts with `/emulator` (the host is ignored). */
  fetch(request: Request): Promise<Response>;
  /** Stops renders and webhooks (unfinished work resumes on the next start) and closes the database. */
  close(): Promise<void>;
}

export interface EmulatorOptions {
  /** Root data directory; the emulator keeps everything under `<dataDir>/emulator/`. */
  dataDir: string;
  /**
   * Speed-up factor: every simulated delay (processing, queue, minimum render time, webhook
   * backoff, the slow fault) is divided by it, as EMULATOR_TIME_SCALE documents: 10 = ten times faster.
   */
  timeScale?: number;
  assetProcessingMs?: number;
  videoQueueMs?: number;
  renderMinMs?: number;
  renderConcurrency?: number;
  /** Real Face verification link lifetime (not scaled: it is part of the contract). */
  h5LinkTtlSeconds?: number;
  failNextUploads?: number;
  fault?: FaultKind;
  /** Serve `/emulator/_admin/*`; otherwise those paths are 404. */
  admin?: boolean;
  /** The secret every admin request must carry (X-Admin-Token); admin routes refuse all without it. */
  adminToken?: string;
  /** Clock in epoch milliseconds; every stored timestamp and lazy status transition follows it. */
  now?: () => number;
  /**
   * Lets input downloads and webhooks reach loopback addresses (and webhooks use plain http
   * there). For tests with a local receiver only: never on by default.
   */
  allowLoopbackFetch?: boolean;
  /** Bytes of stored files one tenant may hold (uploads, inputs, videos); beyond it a 507. */
  tenantQuotaBytes?: number;
  /** Free disk space below which new files are refused with 507. */
  minFreeDiskBytes?: number;
  /** Video tasks waiting or rendering at once; more get a 429 with Retry-After. */
  maxQueuedVideos?: number;
  /** At start, the tenant of `fromKey` becomes `toKey`'s (a key that changed keeps its library). */
  moveTenant?: { fromKey: string; toKey: string };
}

export interface EmulatorConfig {
  dataDir: string;
  timeScale: number;
  assetProcessingMs: number;
  videoQueueMs: number;
  renderMinMs: number;
  renderConcurrency: number;
  h5LinkTtlSeconds: number;
  failNextUploads: number;
  fault: FaultKind;
  admin: boolean;
  adminToken: string | null;
  now: () => number;
  /** Downloads of outside input URLs: public addresses only, redirects re-checked. */
  inputFetch: GuardedFetch;
  /** Webhook posts: public https only, no redirects. */
  webhookFetch: GuardedFetch;
  tenantQuotaBytes: number;
  minFreeDiskBytes: number;
  maxQueuedVideos: number;
}

const GIB = 1024 * 1024 * 1024;

/** Defaults match lib/env-schema.ts so an emulator built in a test behaves like the app's. */
export function resolveConfig(options: EmulatorOptions): EmulatorConfig {
  const timeScale = options.timeScale ?? 1;
  if (!(timeScale > 0)) throw new RangeError("timeScale must be greater than 0");
  const allowLoopback = options.allowLoopbackFetch ?? false;
  return {
    dataDir: options.dataDir,
    timeScale,
    assetProcessingMs: options.assetProcessingMs ?? 3000,
    videoQueueMs: options.videoQueueMs ?? 1500,
    renderMinMs: options.renderMinMs ?? 4000,
    renderConcurrency: Math.max(1, Math.floor(options.renderConcurrency ?? 1)),
    h5LinkTtlSeconds: options.h5LinkTtlSeconds ?? 120,
    failNextUploads: options.failNextUploads ?? 0,
    fault: options.fault ?? "none",
    admin: options.admin ?? false,
    adminToken: options.adminToken || null,
    now: options.now ?? Date.now,
    inputFetch: createGuardedFetch({ allowLoopback, maxRedirects: 3 }),
    webhookFetch: createGuardedFetch({ allowLoopback, maxRedirects: 0, httpsOnly: true }),
    tenantQuotaBytes: options.tenantQuotaBytes ?? 10 * GIB,
    minFreeDiskBytes: options.minFreeDiskBytes ?? GIB / 2,
    maxQueuedVideos: Math.max(1, Math.floor(options.maxQueuedVideos ?? 100)),
  };
}

/** A simulated delay in real milliseconds. */
export const scaled = (config: EmulatorConfig, ms: number) => Math.max(0, Math.round(ms / config.timeScale));
