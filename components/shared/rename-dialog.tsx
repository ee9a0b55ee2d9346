"use client";

import { useMutation, useQueryClient, type QueryKey } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent } from "@/components/ui/dialog";
import { Field, Input } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { errorMessage } from "@/lib/client/api-error";

interface RenameDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  label: string;
  currentName: string;
  schema: z.ZodType<{ name: string }>;
  save: (name: string) => Promise<unknown>;
  /** Query prefixes that show this name. */
  invalidate: readonly QueryKey[];
}

/** Renames one thing; owns its mutation, closes itself on success. */
export function RenameDialog(props: RenameDialogProps) {
  return (
    <Dialog open={props.open} onOpenChange={props.onOpenChange}>
      {/* Keyed by the current name so each opening starts from it. */}
      {props.open ? <RenameForm key={props.currentName} {...props} /> : null}
    </Dialog>
  );
}

function RenameForm({
  onOpenChange,
  title,
  label,
  currentName,
  schema,
  save,
  invalidate,
}: RenameDialogProps) {
  const id = useId();
  const queryClient = useQueryClient();
  const toast = useToast();
  const [name, setName] = useState(currentName);
  const [invalid, setInvalid] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: save,
    onSuccess: async () => {
      await Promise.all(invalidate.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      toast({ title: "Renamed", description: `Now called “${name.trim()}”.`, tone: "success" });
      onOpenChange(false);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = schema.safeParse({ name });
    if (!parsed.success) return setInvalid(parsed.error.issues[0]?.message ?? "Check the name");
    setInvalid(null);
    mutation.mutate(parsed.data.name);
  };
  const error = invalid ?? (mutation.error ? errorMessage(mutation.error) : null);

  return (
    <DialogContent
      title={title}
      footer={
        <>
          <DialogClose asChild>
            <Button variant="secondary">Cancel</Button>
          </DialogClose>
          <Button type="submit" form={`${id}-form`} disabled={mutation.isPending}>
            {mutation.isPending ? "Saving…" : "Save"}
          </Button>
        </>
      }
    >
      <form id={`${id}-form`} onSubmit={submit} noValidate>
        <Field label={label} htmlFor={`${id}-name`} error={error}>
          <Input
            id={`${id}-name`}
            value={name}
            onChange={(event) => setName(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-name-error` : undefined}
            autoComplete="off"
          />
        </Field>
      </form>
    </DialogContent>
  );
}
