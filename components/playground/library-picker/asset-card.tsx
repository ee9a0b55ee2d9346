import { Check } from "lucide-react";
import { AssetThumbnail } from "@/components/shared/asset-thumbnail";
import type { Asset } from "@/lib/schemas/asset";
import { cn } from "@/lib/ui/cn";

interface AssetCardProps {
  asset: Asset;
  /** Multi-select cards are toggle buttons (aria-pressed); single-select cards pick at once. */
  selectable: "single" | "multiple";
  selected?: boolean;
  disabled?: boolean;
  /** Why the card is disabled, or a state such as "Already added". */
  note?: string;
  onClick: () => void;
}

/** A library asset in "Choose from your library": thumbnail, name, asset ID and group. */
export function AssetCard({ asset, selectable, selected = false, disabled, note, onClick }: AssetCardProps) {
  return (
    <button
      type="button"
      onClick={onClick}
      disabled={disabled}
      aria-pressed={selectable === "multiple" ? selected : undefined}
      className={cn(
        "group bg-surface relative flex w-full min-w-0 flex-col overflow-hidden rounded-lg border text-left transition",
        "hover:border-accent/60 disabled:cursor-not-allowed disabled:opacity-60",
        selected ? "border-accent ring-accent ring-2" : "border-border",
      )}
    >
      <AssetThumbnail asset={asset} className="aspect-square size-auto w-full rounded-none border-0" />
      <span className="flex min-w-0 flex-col gap-0.5 p-2">
        <span className="truncate text-sm font-medium" title={asset.name}>
          {asset.name}
        </span>
        <span className="text-muted truncate font-mono text-[11px]" title={asset.assetId}>
          {asset.assetId}
        </span>
        <span className="text-muted truncate text-xs">{asset.groupName ?? "No group"}</span>
        {note ? <span className="text-muted text-xs italic">{note}</span> : null}
      </span>
      {selectable === "multiple" ? (
        <span
          aria-hidden
          className={cn(
            "absolute top-2 right-2 grid size-5 place-items-center rounded-full border shadow-sm",
            selected ? "bg-accent border-accent text-accent-fg" : "bg-surface/90 border-border",
          )}
        >
          {selected ? <Check className="size-3.5" /> : null}
        </span>
      ) : null}
    </button>
  );
}
