import type { GroupStatus } from "@/lib/schemas/asset-group";

export type VerificationPhase = "waiting" | "verified" | "expired" | "failed";

/**
 * Where a Real Face verification stands. The server's status wins; a link past its deadline
 * counts as expired even before the server says so (there is no way to refresh a link).
 */
export function verificationPhase(status: GroupStatus, secondsLeft: number | null): VerificationPhase {
  if (status === "active") return "verified";
  if (status === "failed") return "failed";
  if (status === "expired" || secondsLeft === 0) return "expired";
  return "waiting";
}
