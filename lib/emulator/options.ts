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
  /** Clock in epoch milliseconds; every stored timestamp and lazy status transition follows it. */
  now?: () => number;
  webhookFetch?: typeof fetch;
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
  now: () => number;
  webhookFetch: typeof fetch;
}

/** Defaults match lib/env-schema.ts so an emulator built in a test behaves like the app's. */
export function resolveConfig(options: EmulatorOptions): EmulatorConfig {
  const timeScale = options.timeScale ?? 1;
  if (!(timeScale > 0)) throw new RangeError("timeScale must be greater than 0");
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
    now: options.now ?? Date.now,
    webhookFetch: options.webhookFetch ?? fetch,
  };
}

/** A simulated delay in real milliseconds. */
export const scaled = (config: EmulatorConfig, ms: number) => Math.max(0, Math.round(ms / config.timeScale));
