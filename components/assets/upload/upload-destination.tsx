"use client";

import { Lock } from "lucide-react";
import { GroupCombobox } from "@/components/shared/group-combobox";
import { Field } from "@/components/ui/field";
import { Select, type SelectOption } from "@/components/ui/select";
import { uploadBlockedReason } from "@/lib/assets/group-status";
import { retentionFor } from "@/lib/assets/retention-rule";
import type { AssetGroup } from "@/lib/schemas/asset-group";
import { GROUP_KIND_LABELS } from "@/lib/schemas/asset-group-values";
import { RETENTION_CHOICES, RETENTION_LABELS, type RetentionChoice } from "@/lib/schemas/asset-values";

interface UploadDestinationProps {
  id: string;
  /** The chosen group, once known. */
  group: AssetGroup | undefined;
  /** No group takes uploads yet (create one first). */
  noActive: boolean;
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
  group,
  noActive,
  groupId,
  onGroupChange,
  retention,
  onRetentionChange,
  disabled,
  groupError,
}: UploadDestinationProps) {
  const rule = retentionFor(group?.kind, retention);
  const describe = (candidate: AssetGroup) => {
    const blocked = uploadBlockedReason(candidate);
    return { disabled: blocked !== null, hint: blocked ?? GROUP_KIND_LABELS[candidate.kind] };
  };

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
        <GroupCombobox
          id={`${id}-group`}
          value={groupId}
          onChange={(next) => (next ? onGroupChange(next) : undefined)}
          describe={describe}
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
