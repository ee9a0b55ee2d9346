"use client";

import { ImagePlus } from "lucide-react";
import { useState, type RefObject } from "react";
import { useProviderInfo } from "@/components/shell/provider-context";
import { Button } from "@/components/ui/button";
import type { Asset } from "@/lib/schemas/asset";
import type { FrameAt } from "@/lib/schemas/lineage";
import type { VideoTask } from "@/lib/schemas/video";
import { whenRendered } from "@/components/ui/lazy-load";

// Loaded when first shown, not with the page.
const SaveFrameDialog = whenRendered(() => import("./save-frame-dialog").then((m) => m.SaveFrameDialog));

/** Where the player stands: a frame the user scrubbed or paused at, else the video's last frame. */
export function frameOfPlayer(player: HTMLVideoElement | null): FrameAt {
  if (!player || player.ended) return "end";
  const time = player.currentTime;
  const duration = Number.isFinite(player.duration) ? player.duration : null;
  if (time <= 0 || (duration !== null && time >= duration - 0.05)) return "end";
  return Math.round(time * 10) / 10;
}

/** Opens "Save frame as asset" for the frame the player shows (pausing it there). */
export function SaveFrameButton({
  task,
  player,
  onUseAsFirstFrame,
}: {
  task: VideoTask;
  player: RefObject<HTMLVideoElement | null>;
  onUseAsFirstFrame?: (asset: Asset) => void;
}) {
  const provider = useProviderInfo();
  const [at, setAt] = useState<FrameAt | null>(null);
  // Assets live in the provider's portrait library; a provider without one has nowhere to save.
  if (provider.assetLibraryNote) return null;
  return (
    <>
      <Button
        variant="secondary"
        size="sm"
        onClick={() => {
          player.current?.pause();
          setAt(frameOfPlayer(player.current));
        }}
      >
        <ImagePlus aria-hidden /> Save frame as asset
      </Button>
      {at !== null ? (
        <SaveFrameDialog
          open
          onOpenChange={(open) => {
            if (!open) setAt(null);
          }}
          videoId={task.id}
          at={at}
          lastFrameUrl={task.lastFrameUrl}
          onUseAsFirstFrame={onUseAsFirstFrame}
        />
      ) : null}
    </>
  );
}
