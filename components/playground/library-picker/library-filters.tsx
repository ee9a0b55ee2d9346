"use client";

import { Lock, Search } from "lucide-react";
import { GroupCombobox } from "@/components/shared/group-combobox";
import { Field, Input } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { GROUP_KIND_LABELS, type GroupKind } from "@/lib/schemas/asset-group-values";
import type { MediaType } from "@/lib/schemas/asset";

export const ALL_GROUPS = "all";

const KIND_OPTIONS = (["VIRTUAL_PORTRAIT", "REAL_FACE", "GENERIC"] as const).map((kind) => ({
  value: kind,
  label: GROUP_KIND_LABELS[kind],
}));

const MEDIA_LABELS: Record<MediaType, string> = { image: "Images", video: "Videos", audio: "Audio" };

export interface LibraryFilterValues {
  kind: GroupKind;
  search: string;
  groupId: string;
}

/** Type, search (name or asset ID), group, and the media type the block is locked to. */
export function LibraryFilters({
  values,
  mediaType,
  onChange,
}: {
  values: LibraryFilterValues;
  mediaType: MediaType;
  onChange: (next: Partial<LibraryFilterValues>) => void;
}) {
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <Field label="Type" htmlFor="library-kind">
        <Select
          id="library-kind"
          value={values.kind}
          options={KIND_OPTIONS}
          onValueChange={(kind) => onChange({ kind: kind as GroupKind, groupId: ALL_GROUPS })}
        />
      </Field>
      <Field label="Group" htmlFor="library-group">
        {/* Searchable and paged: every group of the type can be chosen, however many. */}
        <GroupCombobox
          id="library-group"
          kind={values.kind}
          value={values.groupId === ALL_GROUPS ? undefined : values.groupId}
          allLabel="All groups"
          onChange={(groupId) => onChange({ groupId: groupId ?? ALL_GROUPS })}
        />
      </Field>
      <Field label="Search" htmlFor="library-search" hint="Asset name or asset ID (ta_…)">
        <div className="relative">
          <Search className="text-muted pointer-events-none absolute top-2.5 left-2.5 size-4" aria-hidden />
          <Input
            id="library-search"
            type="search"
            value={values.search}
            placeholder="Search by name or asset ID"
            aria-describedby="library-search-hint"
            className="pl-8"
            onChange={(event) => onChange({ search: event.target.value })}
          />
        </div>
      </Field>
      <Field
        label="Media type"
        htmlFor="library-media"
        hint={`Locked: this block takes ${MEDIA_LABELS[mediaType].toLowerCase()} only`}
      >
        <div className="relative">
          <Input
            id="library-media"
            value={MEDIA_LABELS[mediaType]}
            readOnly
            aria-readonly
            aria-describedby="library-media-hint"
            className="pr-8"
          />
          <Lock className="text-muted pointer-events-none absolute top-2.5 right-2.5 size-4" aria-hidden />
        </div>
      </Field>
    </div>
  );
}
