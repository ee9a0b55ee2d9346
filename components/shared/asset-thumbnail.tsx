import { ImageOff } from "lucide-react";
import type { Asset } from "@/lib/schemas/asset";
import { cn } from "@/lib/ui/cn";

/** A small square preview of an asset; decorative when the name is shown beside it. */
export function AssetThumbnail({
  asset,
  className,
}: {
  asset: Pick<Asset, "previewUrl" | "name">;
  className?: string;
}) {
  return (
    <div
      className={cn(
        "border-border bg-surface-2 size-10 shrink-0 overflow-hidden rounded-md border",
        className,
      )}
    >
      {asset.previewUrl ? (
        // Previews are small same-origin thumbnails served by the app; next/image adds nothing here.
        // eslint-disable-next-line @next/next/no-img-element
        <img
          src={asset.previewUrl}
          alt=""
          loading="lazy"
          decoding="async"
          className="size-full object-cover"
        />
      ) : (
        <div className="text-muted grid size-full place-items-center">
          <ImageOff className="size-4" aria-hidden />
        </div>
      )}
    </div>
  );
}
