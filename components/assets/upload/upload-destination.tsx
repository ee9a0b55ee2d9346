"use client";

import { Lock } from "lucide-react";
import { Field } from "@/components/ui/field";
import { Select, type SelectOption } from "@/components/ui/select";
import { uploadBlockedReason } from "@/lib/assets/group-status";
import { retentionFor } from "@/lib/assets/retention-rule";
import { RETENTION_CHOICES, RETENTION_LABELS, type RetentionChoice } from "@/lib/schemas/asset";
import { GROUP_KIND_LABELS, type AssetGroup } from "@/lib/schemas/asset-group";

interface UploadDestinationProps {
  id: string;
  groups: readonly AssetGroup[];
  groupId: string | undefined;
  onGroupChange: (groupId: string) => void;
  retention: RetentionChoice;
  onRetentionChange: (retention: RetentionChoice) => void;
  disabled: boolean;
  groupError: string | null;
}

const RETENTION_OPTIONS: SelectOption[] = RETENTION_CHOICES.map((choice) => ({
  value: choice,
  label: RETENTION_LABELS[choice],
}));

/** "Asset group" and "Retention" for the whole batch; Retention locks for portrait groups. */
export function UploadDestination({
  id,
  groups,
  groupId,
  onGroupChange,
  retention,
  onRetentionChange,
  disabled,
  groupError,
}: UploadDestinationProps) {
  const group = groups.find((candidate) => candidate.id === groupId);
  const rule = retentionFor(group?.kind, retention);
  const options: SelectOption[] = groups.map((candidate) => {
    const blocked = uploadBlockedReason(candidate);
    return {
      value: candidate.id,
      label: candidate.name,
      disabled: blocked !== null,
      hint: blocked ?? GROUP_KIND_LABELS[candidate.kind],
    };
  });
  const noActive = !groups.some((candidate) => candidate.status === "active");

  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Field
        label="Asset group"
        htmlFor={`${id}-group`}
        error={groupError}
        hint={
          noActive ? "No group takes uploads yet: create one in Asset groups first." : "Where the files go."
        }
      >
        <Select
          id={`${id}-group`}
          value={groupId}
          onValueChange={onGroupChange}
          options={options}
          placeholder="Choose a group"
          disabled={disabled}
          aria-describedby={groupError ? `${id}-group-error` : `${id}-group-hint`}
        />
      </Field>
      <Field
        label="Retention"
        htmlFor={`${id}-retention`}
        hint={
          rule.locked ? (
            <span className="inline-flex items-start gap-1">
              <Lock className="mt-0.5 size-3 shrink-0" aria-hidden />
              {rule.reason}
            </span>
          ) : (
            "How long these files are kept."
          )
        }
      >
        <Select
          id={`${id}-retention`}
          value={rule.value}
          onValueChange={(value) => onRetentionChange(value as RetentionChoice)}
          options={RETENTION_OPTIONS}
          disabled={disabled || rule.locked}
          aria-describedby={`${id}-retention-hint`}
        />
      </Field>
    </div>
  );
}
