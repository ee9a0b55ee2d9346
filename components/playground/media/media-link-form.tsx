"use client";

import { Link2 } from "lucide-react";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import type { MediaInput } from "@/lib/playground/form-state";
import { parseMediaLink } from "@/lib/playground/media-link";
import type { MediaType } from "@/lib/schemas/asset";

const MEDIA_NOUN: Record<MediaType, string> = {
  image: "an image",
  video: "a video",
  audio: "an audio file",
};

interface MediaLinkButtonProps {
  mediaType: MediaType;
  disabled?: boolean;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** The "Link" button of a media block: shows or hides the block's link form. */
export function MediaLinkButton({ mediaType, disabled, open, onOpenChange }: MediaLinkButtonProps) {
  return (
    <Button
      variant="secondary"
      size="sm"
      aria-expanded={open}
      aria-label={`Use a link to ${MEDIA_NOUN[mediaType]}`}
      title="Use a file the provider can fetch from the web"
      disabled={disabled}
      onClick={() => onOpenChange(!open)}
    >
      <Link2 aria-hidden />
      Link
    </Button>
  );
}

interface MediaLinkFormProps {
  mediaType: MediaType;
  onAdd: (input: MediaInput) => void;
  onCancel: () => void;
}

/** A web address (or asset:// reference) typed into a media block instead of a file. */
export function MediaLinkForm({ mediaType, onAdd, onCancel }: MediaLinkFormProps) {
  const [text, setText] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();

  const add = () => {
    const result = parseMediaLink(text, mediaType);
    if (!result.ok) return setProblem(result.message);
    setText("");
    setProblem(null);
    onAdd(result.input);
  };

  // Not a <form>: the block sits inside the Playground's own form, and forms cannot nest.
  return (
    <div className="mt-3 flex flex-col gap-1.5">
      <label htmlFor={id} className="text-xs font-medium">
        Link to {MEDIA_NOUN[mediaType]}
      </label>
      <div className="flex gap-2">
        <Input
          id={id}
          type="text"
          inputMode="url"
          autoComplete="off"
          placeholder="https://…"
          value={text}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-error` : undefined}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter") {
              event.preventDefault();
              add();
            } else if (event.key === "Escape") {
              onCancel();
            }
          }}
        />
        <Button size="sm" onClick={add}>
          Add
        </Button>
      </div>
      {problem ? (
        <p id={`${id}-error`} role="alert" className="text-danger text-xs">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
