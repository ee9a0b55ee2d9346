"use client";

import { useState } from "react";
import { useProviderInfo } from "@/components/shell/provider-context";
import type { FileInput, UrlInput } from "@/lib/playground/form-state";
import { readLocalFile } from "@/lib/playground/read-local-file";
import type { MediaType } from "@/lib/schemas/asset";

interface LocalFilesOptions {
  mediaType: MediaType;
  /** How many more files the block takes. */
  room: number;
  onFiles: (inputs: (FileInput | UrlInput)[]) => void;
  onProblems: (messages: string[]) => void;
}

/**
 * Files from the device into a media block, however they came (picked, dropped or pasted): each
 * is checked against the block's media limits, the good ones are handed on up to the room left,
 * and every refusal comes back in words.
 */
export function useLocalFiles({ mediaType, room, onFiles, onProblems }: LocalFilesOptions) {
  const [reading, setReading] = useState(false);
  const provider = useProviderInfo();

  const handle = async (files: File[]) => {
    if (files.length === 0) return;
    setReading(true);
    try {
      const results = await Promise.all(files.map((file) => readLocalFile(file, mediaType, provider)));
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

  return { reading, handle };
}
