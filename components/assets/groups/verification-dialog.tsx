"use client";

import { Dialog } from "@/components/ui/dialog";
import type { AssetGroup } from "@/lib/schemas/asset-group";
import { VerificationStep } from "./verification-step";

/** Reopens a pending Real Face group's link and QR code from the groups table. */
export function VerificationDialog({
  open,
  onOpenChange,
  group,
  onCreateNew,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  group: AssetGroup;
  onCreateNew: () => void;
}) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      {open ? (
        <VerificationStep
          group={group}
          onCreateNew={() => {
            onOpenChange(false);
            onCreateNew();
          }}
        />
      ) : null}
    </Dialog>
  );
}
