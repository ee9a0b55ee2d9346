"use client";

import { AudioLines, CheckCircle2, X } from "lucide-react";
import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { Progress } from "@/components/ui/progress";
import { formatBytes } from "@/lib/ui/format";
import type { UploadItem } from "./upload-queue-state";

interface UploadQueueItemProps {
  item: UploadItem;
  /** Names and removal are frozen while the queue is sending. */
  locked: boolean;
  onRename: (name: string) => void;
  onRemove: () => void;
}

/** One chosen file: its preview, its own "Display name", and its progress once sending. */
export function UploadQueueItem({ item, locked, onRename, onRemove }: UploadQueueItemProps) {
  const nameId = `${item.id}-name`;
  const showProgress = item.status === "uploading" || item.status === "done";
  const missingName = item.name.trim() === "";
  return (
    <li className="border-border flex gap-3 rounded-lg border p-3">
      <div className="bg-surface-2 size-16 shrink-0 overflow-hidden rounded-md">
        <FilePreview file={item.file} />
      </div>
      <div className="min-w-0 flex-1 space-y-2">
        <div className="flex items-start justify-between gap-2">
          <p className="text-muted truncate pt-0.5 text-xs" title={item.file.name}>
            {item.file.name} · {formatBytes(item.file.size)}
          </p>
          {item.status !== "uploading" && item.status !== "done" && !locked ? (
            <Button
              variant="ghost"
              size="icon"
              className="text-muted -mt-1 -mr-1 size-7"
              aria-label={`Remove ${item.file.name}`}
              onClick={onRemove}
            >
              <X aria-hidden />
            </Button>
          ) : null}
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={nameId} className="text-sm font-medium">
            Display name
          </label>
          <Input
            id={nameId}
            value={item.name}
            onChange={(event) => onRename(event.target.value)}
            disabled={locked || item.status === "done"}
            aria-invalid={missingName || undefined}
            maxLength={200}
            autoComplete="off"
          />
        </div>
        {showProgress ? (
          <Progress value={item.progress} label={`Uploading ${item.name || item.file.name}`} />
        ) : null}
        <ItemStatus item={item} />
      </div>
    </li>
  );
}

function ItemStatus({ item }: { item: UploadItem }) {
  if (item.status === "uploading") {
    return <p className="text-muted text-xs tabular-nums">Uploading… {item.progress}%</p>;
  }
  if (item.status === "done") {
    return (
      <p className="text-success flex items-center gap-1 text-xs">
        <CheckCircle2 className="size-3.5" aria-hidden /> Uploaded — processing
      </p>
    );
  }
  if (item.status === "failed") return <p className="text-danger text-xs">{item.error}</p>;
  if (item.status === "canceled")
    return <p className="text-muted text-xs">Canceled. Upload again to retry.</p>;
  return null;
}

/** A local preview of the chosen file; the object URL is set on the element and revoked with it. */
function FilePreview({ file }: { file: File }) {
  const media = useRef<HTMLImageElement & HTMLVideoElement>(null);
  const kind = file.type.startsWith("video/") ? "video" : file.type.startsWith("audio/") ? "audio" : "image";
  useEffect(() => {
    if (kind === "audio") return;
    const url = URL.createObjectURL(file);
    if (media.current) media.current.src = url;
    return () => URL.revokeObjectURL(url);
  }, [file, kind]);
  if (kind === "audio")
    return (
      <div className="text-muted grid size-full place-items-center">
        <AudioLines className="size-5" aria-hidden />
      </div>
    );
  if (kind === "video")
    return <video ref={media} muted preload="metadata" aria-hidden className="size-full object-cover" />;
  // A local object URL; nothing for next/image to optimise.
  // eslint-disable-next-line @next/next/no-img-element
  return <img ref={media} alt="" className="size-full object-cover" />;
}
