import { ADMIN_TOKEN } from "./private-server";

// The emulator's run-time fault injection (POST /emulator/_admin/faults, needs EMULATOR_ADMIN
// and the admin token, which the private servers are started with).
// A fault applies to every /emulator/v1 request of that server, the BFF's in-process calls
// included, and `faultCount` counts down once per upstream request: reading it back tells how
// many upstream calls were made.

export interface FaultState {
  fault: "none" | "429" | "500" | "slow";
  faultCount: number | null;
  retryAfterSeconds: number;
  slowMs: number;
  failNextUploads: number;
  failNextVideos: number;
}

export type FaultPatch = Partial<FaultState>;

async function admin(url: string, path: string, body?: unknown): Promise<FaultState> {
  const response = await fetch(`${url}/emulator/_admin/${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: {
      "x-admin-token": ADMIN_TOKEN,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`admin ${path} answered ${response.status}: ${await response.text()}`);
  const answer = (await response.json()) as FaultState | { faults: FaultState };
  return "faults" in answer ? answer.faults : answer;
}

export const injectFault = (url: string, patch: FaultPatch) => admin(url, "faults", patch);
export const readFaults = (url: string) => admin(url, "faults");
export const clearFaults = (url: string) => admin(url, "reset", {});
