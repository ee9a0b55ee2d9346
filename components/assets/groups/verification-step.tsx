"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { DialogClose, DialogContent } from "@/components/ui/dialog";
import type { VerificationPhase } from "@/lib/assets/verification-phase";
import type { AssetGroup } from "@/lib/schemas/asset-group";
import { RealFaceVerification } from "./real-face-verification";

const DESCRIPTIONS: Record<VerificationPhase, (name: string) => string> = {
  waiting: (name) => `“${name}” becomes active once the person passes verification.`,
  verified: (name) => `“${name}” is ready for uploads.`,
  expired: (name) => `“${name}” can no longer be verified.`,
  failed: (name) => `“${name}” can no longer be verified.`,
};

/** The dialog body while a Real Face group waits for its person: the way out depends on the outcome. */
export function VerificationStep({ group, onCreateNew }: { group: AssetGroup; onCreateNew: () => void }) {
  const [phase, setPhase] = useState<VerificationPhase>("waiting");
  const over = phase === "expired" || phase === "failed";
  return (
    <DialogContent
      title="Verify Real Face group"
      description={DESCRIPTIONS[phase](group.name)}
      className="max-w-xl"
      footer={
        <>
          <DialogClose asChild>
            <Button variant={phase === "verified" ? "primary" : "secondary"}>
              {phase === "verified" ? "Done" : phase === "waiting" ? "Verify later" : "Close"}
            </Button>
          </DialogClose>
          {over ? <Button onClick={onCreateNew}>Create a new group</Button> : null}
        </>
      }
    >
      <RealFaceVerification group={group} onPhaseChange={setPhase} />
    </DialogContent>
  );
}
