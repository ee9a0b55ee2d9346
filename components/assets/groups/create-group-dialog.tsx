"use client";

import { useState } from "react";
import { Dialog } from "@/components/ui/dialog";
import { useToast } from "@/components/ui/toast";
import type { AssetGroup, GroupKind } from "@/lib/schemas/asset-group";
import { CreateGroupForm } from "./create-group-form";
import { VerificationStep } from "./verification-step";

interface CreateGroupDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  initialKind?: GroupKind;
}

/** "New group": create, then (Real Face only) follow the verification in the same dialog. */
export function CreateGroupDialog({
  open,
  onOpenChange,
  initialKind = "VIRTUAL_PORTRAIT",
}: CreateGroupDialogProps) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      {open ? <CreateGroupFlow initialKind={initialKind} onClose={() => onOpenChange(false)} /> : null}
    </Dialog>
  );
}

function CreateGroupFlow({ initialKind, onClose }: { initialKind: GroupKind; onClose: () => void }) {
  const toast = useToast();
  const [pending, setPending] = useState<AssetGroup | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [kind, setKind] = useState(initialKind);

  const created = (group: AssetGroup) => {
    if (group.kind === "REAL_FACE" && group.status === "pending_validation") return setPending(group);
    toast({
      title: "Asset group created",
      description: `“${group.name}” is ready for uploads.`,
      tone: "success",
    });
    onClose();
  };

  if (pending) {
    return (
      <VerificationStep
        group={pending}
        onCreateNew={() => {
          setKind("REAL_FACE");
          setAttempt((n) => n + 1);
          setPending(null);
        }}
      />
    );
  }
  return <CreateGroupForm key={attempt} initialKind={kind} onCreated={created} />;
}
