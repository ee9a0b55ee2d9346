import { z } from "zod";
import { scaled, type EmulatorConfig, type FaultKind } from "../options";

// Fault injection so the app's error paths can be exercised: refuse requests with 429 or 500,
// answer slowly, or let uploads / renders fail. Faults live in memory: a restart returns to
// the configured options.

export interface FaultState {
  fault: FaultKind;
  /** Requests left to disturb; null = until reset. */
  faultCount: number | null;
  retryAfterSeconds: number;
  /** Extra latency of the "slow" fault, in real milliseconds. */
  slowMs: number;
  failNextUploads: number;
  failNextVideos: number;
}

export const faultPatchSchema = z.strictObject({
  fault: z.enum(["none", "429", "500", "slow"]).optional(),
  faultCount: z.number().int().min(1).nullable().optional(),
  retryAfterSeconds: z.number().int().min(0).max(3600).optional(),
  slowMs: z.number().int().min(0).max(600_000).optional(),
  failNextUploads: z.number().int().min(0).optional(),
  failNextVideos: z.number().int().min(0).optional(),
});
export type FaultPatch = z.infer<typeof faultPatchSchema>;

export function createFaults(config: EmulatorConfig) {
  const initial = (): FaultState => ({
    fault: config.fault,
    faultCount: null,
    retryAfterSeconds: 1,
    slowMs: scaled(config, 5000),
    failNextUploads: config.failNextUploads,
    failNextVideos: 0,
  });
  let state = initial();

  return {
    get: (): FaultState => ({ ...state }),
    set(patch: FaultPatch): FaultState {
      state = { ...state, ...patch };
      if (patch.fault === "none") state.faultCount = null;
      return { ...state };
    },
    /** Clears every fault (not back to the start options: reset means "healthy"). */
    reset(): FaultState {
      state = { ...initial(), fault: "none", failNextUploads: 0 };
      return { ...state };
    },
    /** The fault that applies to this request, consuming one from the count. */
    takeRequestFault(): FaultKind {
      if (state.fault === "none") return "none";
      const fault = state.fault;
      if (state.faultCount !== null) {
        state.faultCount -= 1;
        if (state.faultCount <= 0) state = { ...state, fault: "none", faultCount: null };
      }
      return fault;
    },
    takeUploadFailure(): boolean {
      if (state.failNextUploads <= 0) return false;
      state.failNextUploads -= 1;
      return true;
    },
    takeVideoFailure(): boolean {
      if (state.failNextVideos <= 0) return false;
      state.failNextVideos -= 1;
      return true;
    },
  };
}
export type Faults = ReturnType<typeof createFaults>;
