"use client";

import { X } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { MediaInput } from "@/lib/playground/form-state";
import { formatBytes } from "@/lib/ui/format";
import { cn } from "@/lib/ui/cn";
import { MediaPreview } from "./media-preview";
import { useInputLabel } from "./use-input-label";

function Details({ input, groupName }: { input: MediaInput; groupName: string | null }) {
  if (input.source === "asset") {
    return (
      <>
        <span className="text-muted block truncate font-mono text-xs">{input.assetId}</span>
        {groupName ? <span className="text-muted block truncate text-xs">{groupName}</span> : null}
      </>
    );
  }
  if (input.source === "file") {
    return <span className="text-muted block text-xs">Local file · {formatBytes(input.sizeBytes)}</span>;
  }
  return (
    <span className="text-muted block text-xs">
      {input.videoId ? "One of your earlier results" : "Linked file"}
    </span>
  );
}

/** One chosen input of a media block: preview, name, where it comes from, and a remove button. */
export function MediaInputCard({
  input,
  onRemove,
  conflict,
}: {
  input: MediaInput;
  onRemove: () => void;
  /** Marks the card when a rule refuses this input (e.g. a portrait asset on seedance-1.5-pro). */
  conflict?: boolean;
}) {
  const { name, groupName } = useInputLabel(input);
  return (
    <li
      className={cn(
        "bg-surface flex min-w-0 items-center gap-3 rounded-lg border p-2",
        conflict ? "border-danger/60" : "border-border",
      )}
    >
      <MediaPreview input={input} />
      <div className="min-w-0 flex-1">
        <div className="flex min-w-0 items-center gap-2">
          <span className="truncate text-sm font-medium" title={name}>
            {name}
          </span>
          {input.source === "asset" ? <Badge tone="accent">Asset</Badge> : null}
        </div>
        <Details input={input} groupName={groupName} />
      </div>
      <Button variant="ghost" size="icon" onClick={onRemove} aria-label={`Remove ${name}`}>
        <X aria-hidden />
      </Button>
    </li>
  );
}
