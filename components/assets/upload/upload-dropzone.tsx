"use client";

import { ImageUp, Loader2 } from "lucide-react";
import { useEffect, useRef } from "react";
import { useDropzone } from "react-dropzone";
import {
  describeRejection,
  validateImageDimensions,
  type RefusedFile,
} from "@/lib/assets/dropzone-rejections";
import { DROPZONE_ACCEPT } from "@/lib/assets/dropzone-accept";
import { AV_LIMITS_SUMMARY, DROPZONE_MAX_BYTES, LIMITS_SUMMARY } from "@/lib/assets/image-limits";
import { cn } from "@/lib/ui/cn";

interface UploadDropzoneProps {
  id: string;
  onAccepted: (files: File[]) => void;
  onRefused: (refused: RefusedFile[]) => void;
  disabled?: boolean;
  compact?: boolean;
  /** Files chosen before the dialog opened ("Upload" opens the file chooser first). */
  initialFiles?: readonly File[];
}

/** Drop or choose images; type, size and dimensions are checked here, before any byte is sent. */
export function UploadDropzone({
  id,
  onAccepted,
  onRefused,
  disabled,
  compact,
  initialFiles,
}: UploadDropzoneProps) {
  const { getRootProps, getInputProps, inputRef, isDragActive, isProcessing } = useDropzone({
    accept: DROPZONE_ACCEPT,
    maxSize: DROPZONE_MAX_BYTES,
    multiple: true,
    disabled,
    validator: validateImageDimensions,
    onDrop: (accepted, rejections) => {
      onRefused(rejections.map(describeRejection));
      if (accepted.length > 0) onAccepted(accepted);
    },
  });

  // Files chosen before the dialog opened go through the drop zone's own input, so they meet
  // exactly the checks a drop or a pick meets. Once: a remount must not add them twice.
  const handedOver = useRef(false);
  useEffect(() => {
    const input = inputRef.current;
    if (handedOver.current || !input || !initialFiles?.length) return;
    handedOver.current = true;
    const transfer = new DataTransfer();
    for (const file of initialFiles) transfer.items.add(file);
    input.files = transfer.files;
    input.dispatchEvent(new Event("change", { bubbles: true }));
  }, [initialFiles, inputRef]);

  // The file input sits beside the drop zone, not in it: a control inside role="button" is
  // nested interaction to assistive technology.
  return (
    <>
      <input {...getInputProps({ "aria-label": "Image files" })} />
      <div
        {...getRootProps({
          role: "button",
          "aria-label": compact ? "Add more images" : "Choose images to upload",
          "aria-describedby": `${id}-limits`,
          "aria-disabled": disabled || undefined,
        })}
        className={cn(
          "border-border bg-surface-2/50 hover:bg-surface-2 flex cursor-pointer flex-col items-center justify-center gap-1.5 rounded-lg border-2 border-dashed text-center transition-colors",
          compact ? "px-4 py-3" : "px-6 py-8",
          isDragActive && "border-accent bg-accent/5",
          disabled && "pointer-events-none opacity-60",
        )}
      >
        {isProcessing ? (
          <Loader2 className="text-muted size-6 animate-spin" aria-hidden />
        ) : (
          <ImageUp className={cn("text-muted", compact ? "size-5" : "size-7")} aria-hidden />
        )}
        <p className="text-sm font-medium">
          {isProcessing
            ? "Checking images…"
            : isDragActive
              ? "Drop the images here"
              : compact
                ? "Add more images"
                : "Drop images here, or click to choose"}
        </p>
        <p id={`${id}-limits`} className="text-muted text-xs">
          {LIMITS_SUMMARY}
          <br />
          {AV_LIMITS_SUMMARY}
        </p>
      </div>
    </>
  );
}
