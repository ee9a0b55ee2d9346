"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { CheckCircle2, ExternalLink, Loader2, TimerOff } from "lucide-react";
import { useEffect, useMemo } from "react";
import { CopyButton } from "@/components/ui/copy-button";
import { formatCountdown, secondsLeft } from "@/lib/assets/countdown";
import { verificationPhase, type VerificationPhase } from "@/lib/assets/verification-phase";
import { assetGroupKeys, assetGroupQuery } from "@/lib/queries/asset-groups";
import type { AssetGroup } from "@/lib/schemas/asset-group";
import { useNow } from "./use-now";
import { VerificationQr } from "./verification-qr";

const STATUS_TEXT: Record<VerificationPhase, string> = {
  waiting: "Waiting for verification…",
  verified: "Verified — the group is active",
  expired: "The verification link expired. Create a new Real Face group to get a new link.",
  failed: "Verification failed. Create a new Real Face group to try again.",
};

/** Link, QR code and countdown for a pending Real Face group; follows the group until it settles. */
export function RealFaceVerification({
  group,
  onPhaseChange,
}: {
  group: AssetGroup;
  onPhaseChange?: (phase: VerificationPhase) => void;
}) {
  const queryClient = useQueryClient();
  const live = useQuery({ ...assetGroupQuery(group.id), initialData: group });
  const status = live.data.status;
  const verification = group.verification ?? live.data.verification;
  const now = useNow(1000, status === "pending_validation");
  const left = secondsLeft(verification?.expiresAt ?? null, now);
  const phase = verificationPhase(status, left);
  // Links may be root-relative (the emulator's page); phones need the full address.
  const url = useMemo(
    () => (verification ? new URL(verification.url, window.location.origin).href : null),
    [verification],
  );

  useEffect(() => {
    onPhaseChange?.(phase);
    // The groups table shows the new status at once rather than at its next poll.
    if (phase !== "waiting") void queryClient.invalidateQueries({ queryKey: assetGroupKeys.lists() });
  }, [phase, onPhaseChange, queryClient]);

  return (
    <div className="space-y-4">
      <p
        role="status"
        className={
          phase === "verified"
            ? "text-success flex items-center gap-2 font-medium"
            : phase === "waiting"
              ? "flex items-center gap-2 font-medium"
              : "text-danger flex items-center gap-2 font-medium"
        }
      >
        {phase === "verified" ? <CheckCircle2 className="size-4 shrink-0" aria-hidden /> : null}
        {phase === "waiting" ? (
          <Loader2 className="text-muted size-4 shrink-0 animate-spin" aria-hidden />
        ) : null}
        {phase === "expired" || phase === "failed" ? (
          <TimerOff className="size-4 shrink-0" aria-hidden />
        ) : null}
        {STATUS_TEXT[phase]}
      </p>
      {phase === "waiting" && url ? (
        <div className="flex flex-col gap-4 sm:flex-row sm:items-start">
          <VerificationQr url={url} />
          <div className="min-w-0 flex-1 space-y-3 text-sm">
            <p className="text-muted">
              Send this link to the person in the photos, or let them scan the code. They complete a short
              liveness check on their phone; the group becomes active when they pass.
            </p>
            <div className="border-border bg-surface-2 flex items-center gap-2 rounded-md border px-3 py-2">
              <a
                href={url}
                target="_blank"
                rel="noopener noreferrer"
                className="text-accent min-w-0 flex-1 truncate underline underline-offset-2"
              >
                {url}
                <span className="sr-only"> (verification link, opens in a new tab)</span>
              </a>
              <ExternalLink className="text-muted size-3.5 shrink-0" aria-hidden />
              <CopyButton value={url} label="Copy verification link" />
            </div>
            {left !== null ? (
              <p className="text-muted">
                Link valid for{" "}
                <span className="text-fg font-medium tabular-nums">{formatCountdown(left)}</span>
                <span className="sr-only"> (the link works for 2 minutes)</span>
              </p>
            ) : null}
          </div>
        </div>
      ) : null}
    </div>
  );
}
