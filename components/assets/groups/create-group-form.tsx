"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { DialogClose, DialogContent } from "@/components/ui/dialog";
import { Field, Input } from "@/components/ui/field";
import { errorMessage } from "@/lib/client/api-error";
import { assetGroupKeys, createAssetGroup } from "@/lib/queries/asset-groups";
import {
  createAssetGroupInputSchema,
  GROUP_KIND_LABELS,
  isPortraitKind,
  NO_FIXED_EXPIRY,
  type AssetGroup,
  type GroupKind,
} from "@/lib/schemas/asset-group";
import { KindPicker } from "./kind-picker";

interface CreateGroupFormProps {
  initialKind: GroupKind;
  onCreated: (group: AssetGroup) => void;
}

/** "Create asset group": kind, name and the (read-only) retention; owns the create mutation. */
export function CreateGroupForm({ initialKind, onCreated }: CreateGroupFormProps) {
  const id = useId();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<GroupKind>(initialKind);
  const [name, setName] = useState("");
  const [invalid, setInvalid] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: createAssetGroup,
    onSuccess: async (group) => {
      await queryClient.invalidateQueries({ queryKey: assetGroupKeys.all });
      onCreated(group);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = createAssetGroupInputSchema.safeParse({ name, kind });
    if (!parsed.success) return setInvalid(parsed.error.issues[0]?.message ?? "Check the group name");
    setInvalid(null);
    mutation.mutate(parsed.data);
  };
  const nameError = invalid;
  const portrait = isPortraitKind(kind);

  return (
    <DialogContent
      title="Create asset group"
      description="Groups hold the images you use as character references."
      className="max-w-2xl"
      footer={
        <>
          <DialogClose asChild>
            <Button variant="secondary">Cancel</Button>
          </DialogClose>
          <Button type="submit" form={`${id}-form`} disabled={mutation.isPending}>
            {mutation.isPending ? "Creating…" : "Create"}
          </Button>
        </>
      }
    >
      <form id={`${id}-form`} onSubmit={submit} noValidate className="space-y-5">
        <KindPicker name={`${id}-kind`} value={kind} onChange={setKind} />
        <Field label="Group name" htmlFor={`${id}-name`} error={nameError}>
          <Input
            id={`${id}-name`}
            value={name}
            onChange={(event) => setName(event.target.value)}
            placeholder={kind === "REAL_FACE" ? "e.g. Maya — studio shoot" : "e.g. Hero character"}
            aria-invalid={nameError ? true : undefined}
            aria-describedby={nameError ? `${id}-name-error` : undefined}
            autoComplete="off"
            autoFocus
          />
        </Field>
        <Field
          label="Retention"
          htmlFor={`${id}-retention`}
          hint={
            portrait
              ? `${GROUP_KIND_LABELS[kind]} groups use the server default; this field is read-only.`
              : "Generic uploads choose their retention per file when you upload them."
          }
        >
          <Input
            id={`${id}-retention`}
            value={portrait ? NO_FIXED_EXPIRY : "Chosen per file"}
            readOnly
            aria-describedby={`${id}-retention-hint`}
          />
        </Field>
        {mutation.error ? (
          <p role="alert" className="text-danger text-sm">
            {errorMessage(mutation.error)}
          </p>
        ) : null}
      </form>
    </DialogContent>
  );
}
