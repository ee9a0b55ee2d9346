"use client";

import { Loader2, Upload } from "lucide-react";
import { useRef } from "react";
import { Button } from "@/components/ui/button";
import type { FileInput, UrlInput } from "@/lib/playground/form-state";
import { MEDIA_LIMITS } from "@/lib/playground/media-limits";
import type { MediaType } from "@/lib/schemas/asset";
import { useLocalFiles } from "./use-local-files";

interface LocalFileButtonProps {
  mediaType: MediaType;
  multiple: boolean;
  disabled?: boolean;
  /** How many more files the block takes. */
  room: number;
  onFiles: (inputs: (FileInput | UrlInput)[]) => void;
  onProblems: (messages: string[]) => void;
}

/**
 * The upload icon of a media block: picks local files, checks them against the upstream's
 * limits, uploads them to the library and hands back inputs that reference them by URL.
 */
export function LocalFileButton({
  mediaType,
  multiple,
  disabled,
  room,
  onFiles,
  onProblems,
}: LocalFileButtonProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const { reading, handle } = useLocalFiles({ mediaType, room, onFiles, onProblems });

  return (
    <>
      <input
        ref={inputRef}
        type="file"
        hidden
        accept={MEDIA_LIMITS[mediaType].accept}
        multiple={multiple}
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          event.target.value = "";
          if (files.length > 0) void handle(files);
        }}
      />
      <Button
        variant="secondary"
        size="sm"
        aria-label={`Upload a local ${mediaType} file`}
        title="Upload from your device"
        disabled={disabled || reading}
        onClick={() => inputRef.current?.click()}
      >
        {reading ? <Loader2 className="animate-spin" aria-hidden /> : <Upload aria-hidden />}
        {reading ? "Uploading…" : "Upload"}
      </Button>
    </>
  );
}
