"use client";

import { useQuery } from "@tanstack/react-query";
import { Badge } from "@/components/ui/badge";
import { healthQuery } from "@/lib/queries/health";

const NAMES = { emulator: "Emulator", token360: "Token360" } as const;

const TITLES = {
  emulator: "No TOKEN360_API_KEY is set: requests go to the embedded emulator",
  token360: "Requests go to the Token360 API",
} as const;

/**
 * Which provider answers, and whether it does: the server's health ping turns the badge red with
 * "unreachable" when the provider cannot be reached, so an empty or failing page has its reason
 * in plain sight.
 */
export function UpstreamBadge({ mode }: { mode: keyof typeof NAMES }) {
  const health = useQuery(healthQuery());
  const down = health.data?.upstream.ok === false;
  const name = NAMES[mode];
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
