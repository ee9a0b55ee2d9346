"use client";

import { useQuery } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import { ErrorState } from "@/components/ui/error-state";
import { useToast } from "@/components/ui/toast";
import type { RefusedFile } from "@/lib/assets/dropzone-rejections";
import { avKindOf } from "@/lib/assets/image-limits";
import { retentionToSend } from "@/lib/assets/retention-rule";
import { GROUP_KIND_LABELS, isPortraitKind } from "@/lib/schemas/asset-group-values";
import { assetGroupChoicesQuery, assetGroupQuery } from "@/lib/queries/asset-groups";
import type { RetentionChoice } from "@/lib/schemas/asset";
import { RefusedFiles } from "./refused-files";
import { UploadDestination } from "./upload-destination";
import { UploadDropzone } from "./upload-dropzone";
import { UploadQueueItem } from "./upload-queue-item";
import { isPending } from "./upload-queue-state";
import { useUploadQueue } from "./use-upload-queue";

interface UploadDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The last destination used; never the table's "Asset group" filter. */
  defaultGroupId: string | undefined;
  onUploaded: (groupId: string) => void;
  /** The files picked with "Upload" before the dialog opened. */
  initialFiles?: readonly File[];
}

export function UploadDialog({
  open,
  onOpenChange,
  defaultGroupId,
  onUploaded,
  initialFiles,
}: UploadDialogProps) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      {open ? (
        <UploadForm
          defaultGroupId={defaultGroupId}
          onUploaded={onUploaded}
          initialFiles={initialFiles}
          onClose={() => onOpenChange(false)}
        />
      ) : null}
    </Dialog>
  );
}

interface UploadFormProps {
  defaultGroupId: string | undefined;
  onUploaded: (groupId: string) => void;
  initialFiles: readonly File[] | undefined;
  onClose: () => void;
}

/** "Upload file": files, their display names, the destination, then a progress bar per file. */
function UploadForm({ defaultGroupId, onUploaded, initialFiles, onClose }: UploadFormProps) {
  const id = useId();
  const toast = useToast();
  const groups = useQuery(assetGroupChoicesQuery());
  const groupList = groups.data?.items ?? [];
  const queue = useUploadQueue();
  const [refused, setRefused] = useState<RefusedFile[]>([]);
  const [groupId, setGroupId] = useState(defaultGroupId);
  const [retention, setRetention] = useState<RetentionChoice>("none");
  const [problem, setProblem] = useState<{ field: "group" | "files"; message: string } | null>(null);

  // With a single active group there is nothing to choose.
  const active = groupList.filter((candidate) => candidate.status === "active");
  const chosenId = groupId ?? (active.length === 1 ? active[0]?.id : undefined);
  const listed = groupList.find((candidate) => candidate.id === chosenId);
  // A group found by searching may be beyond the first page: its own query knows it.
  const fetched = useQuery({
    ...assetGroupQuery(chosenId ?? "none"),
    enabled: chosenId !== undefined && !listed,
  });
  const group = listed ?? fetched.data;
  const pending = queue.items.filter(isPending);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (pending.length === 0) return setProblem({ field: "files", message: "Choose at least one image." });
    if (!group) return setProblem({ field: "group", message: "Choose an asset group." });
    if (group.status !== "active")
      return setProblem({ field: "group", message: "Asset group is not active." });
    if (isPortraitKind(group.kind) && pending.some((item) => avKindOf(item.file.type))) {
      return setProblem({
        field: "group",
        message: `${GROUP_KIND_LABELS[group.kind]} groups take images only; choose a generic group for videos and audio.`,
      });
    }
    if (pending.some((item) => item.name.trim() === "")) {
      return setProblem({ field: "files", message: "Give every file a display name." });
    }
    setProblem(null);
    const result = await queue.start({
      groupId: group.id,
      retention: retentionToSend(group.kind, retention),
    });
    if (result.succeeded > 0) onUploaded(group.id);
    if (result.succeeded === result.total && result.total > 0) {
      toast({
        title: result.total === 1 ? "Upload complete" : `${result.total} files uploaded`,
        description: `Processing in “${group.name}”. The status updates by itself.`,
        tone: "success",
      });
      onClose();
    }
  };

  const close = () => {
    queue.cancel();
    onClose();
  };

  return (
    <DialogContent
      title="Upload file"
      description="Images for character references, or videos and audio in a generic group: each file becomes one asset."
      className="max-w-2xl"
      footer={
        <>
          <Button variant="secondary" onClick={queue.uploading ? queue.cancel : close}>
            Cancel
          </Button>
          <Button type="submit" form={`${id}-form`} disabled={queue.uploading || groups.isPending}>
            {queue.uploading ? "Uploading…" : "Upload"}
          </Button>
        </>
      }
    >
      <form id={`${id}-form`} onSubmit={submit} noValidate className="space-y-4">
        <UploadDropzone
          id={`${id}-drop`}
          compact={queue.items.length > 0}
          disabled={queue.uploading}
          initialFiles={initialFiles}
          onAccepted={(files) => {
            queue.add(files);
            setProblem(null);
          }}
          onRefused={setRefused}
        />
        <RefusedFiles refused={refused} />
        {queue.items.length > 0 ? (
          <ul aria-label="Files to upload" className="space-y-2">
            {queue.items.map((item) => (
              <UploadQueueItem
                key={item.id}
                item={item}
                locked={queue.uploading}
                onRename={(name) => queue.rename(item.id, name)}
                onRemove={() => queue.remove(item.id)}
              />
            ))}
          </ul>
        ) : null}
        {problem?.field === "files" ? (
          <p role="alert" className="text-danger text-sm">
            {problem.message}
          </p>
        ) : null}
        {groups.error ? (
          <ErrorState
            title="Could not load asset groups"
            error={groups.error}
            onRetry={() => void groups.refetch()}
          />
        ) : null}
        <UploadDestination
          id={id}
          group={group}
          noActive={groups.isSuccess && active.length === 0}
          groupId={chosenId}
          onGroupChange={(next) => {
            setGroupId(next);
            setProblem(null);
          }}
          retention={retention}
          onRetentionChange={setRetention}
          disabled={queue.uploading}
          groupError={problem?.field === "group" ? problem.message : null}
        />
      </form>
    </DialogContent>
  );
}
