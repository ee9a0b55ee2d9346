import { AudioLines, Film } from "lucide-react";
import { AssetThumbnail } from "@/components/shared/asset-thumbnail";
import type { MediaInput } from "@/lib/playground/form-state";
import { assetPreviewUrl, videoPosterUrl } from "@/lib/schemas/app-urls";
import { cn } from "@/lib/ui/cn";

const BOX = "border-border bg-surface-2 size-14 shrink-0 overflow-hidden rounded-md border";

/** A small decorative preview of a chosen input (the name is always shown beside it). */
export function MediaPreview({ input, className }: { input: MediaInput; className?: string }) {
  if (input.source === "asset") return <AssetThumbnail asset={input} className={cn("size-14", className)} />;
  if (input.mediaType === "audio") {
    return (
      <div className={cn(BOX, "text-muted grid place-items-center", className)}>
        <AudioLines className="size-5" aria-hidden />
      </div>
    );
  }
  const src =
    input.source === "file"
      ? assetPreviewUrl(input.assetId)
      : input.videoId
        ? videoPosterUrl(input.videoId)
        : input.url;
  if (input.mediaType === "video") {
    return (
      <div className={cn(BOX, "relative", className)}>
        <video src={src} muted preload="metadata" aria-hidden className="size-full object-cover" />
        <Film className="absolute right-1 bottom-1 size-3.5 text-white drop-shadow" aria-hidden />
      </div>
    );
  }
  return (
    <div className={cn(BOX, className)}>
      {/* The app's preview of an upload or an upstream URL; next/image can't optimise either. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img src={src} alt="" className="size-full object-cover" />
    </div>
  );
}
