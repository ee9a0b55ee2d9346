"use client";

import { useQuery } from "@tanstack/react-query";
import { Badge } from "@/components/ui/badge";
import { healthQuery } from "@/lib/queries/health";

const TITLES = {
  emulator: "No TOKEN360_API_KEY is set: requests go to the embedded emulator",
  token360: "Requests go to the Token360 API",
  ark: "VIDEO_PROVIDER=ark: videos go to the native Seedance task API",
} as const;

/**
 * Which provider answers, and whether it does: the server's health ping turns the badge red with
 * "unreachable" when the provider cannot be reached, so an empty or failing page has its reason
 * in plain sight.
 */
export function UpstreamBadge({ mode, label }: { mode: keyof typeof TITLES; label: string }) {
  const health = useQuery(healthQuery());
  // The health ping reaches Token360 or the emulator; it says nothing about a native provider.
  const down = mode !== "ark" && health.data?.upstream.ok === false;
  const name = label;
  return (
    <Badge
      tone={down ? "danger" : mode === "emulator" ? "warning" : "success"}
      title={down ? (health.data?.upstream.message ?? `${name} cannot be reached`) : TITLES[mode]}
      role="status"
    >
      <span className="sr-only">Upstream: </span>
      {down ? (
        <>
          <span className="max-sm:sr-only">{name} </span>unreachable
        </>
      ) : (
        name
      )}
    </Badge>
  );
}
