"use client";

import { Loader2, Upload } from "lucide-react";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import type { FileInput } from "@/lib/playground/form-state";
import { MEDIA_LIMITS } from "@/lib/playground/media-limits";
import { readLocalFile } from "@/lib/playground/read-local-file";
import type { MediaType } from "@/lib/schemas/asset";

interface LocalFileButtonProps {
  mediaType: MediaType;
  multiple: boolean;
  disabled?: boolean;
  /** How many more files the block takes. */
  room: number;
  onFiles: (inputs: FileInput[]) => void;
  onProblems: (messages: string[]) => void;
}

/** The upload icon of a media block: picks local files, checks them, hands back data: URLs. */
export function LocalFileButton({
  mediaType,
  multiple,
  disabled,
  room,
  onFiles,
  onProblems,
}: LocalFileButtonProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [reading, setReading] = useState(false);

  const handle = async (files: File[]) => {
    setReading(true);
    try {
      const results = await Promise.all(files.map((file) => readLocalFile(file, mediaType)));
      const inputs = results.flatMap((result) => (result.ok ? [result.input] : []));
      const problems = results.flatMap((result) => (result.ok ? [] : [result.message]));
      if (inputs.length > room)
        problems.push(`Only ${room} more can be added here; the first ${room} were kept.`);
      onProblems(problems);
      if (inputs.length > 0) onFiles(inputs.slice(0, Math.max(room, 0)));
    } finally {
      setReading(false);
    }
  };

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
        Upload
      </Button>
    </>
  );
}
