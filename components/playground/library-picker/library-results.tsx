"use client";

import { ImageOff } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { Skeleton } from "@/components/ui/skeleton";
import type { Page } from "@/lib/schemas/page";
import type { Asset } from "@/lib/schemas/asset";
import { AssetCard } from "./asset-card";

interface LibraryResultsProps {
  page: Page<Asset> | undefined;
  /** Active, non-expired assets of the current page. */
  usable: Asset[];
  isLoading: boolean;
  error: unknown;
  onRetry: () => void;
  onPage: (page: number) => void;
  cardProps: (asset: Asset) => Omit<Parameters<typeof AssetCard>[0], "asset">;
}

export function LibraryResults({
  page,
  usable,
  isLoading,
  error,
  onRetry,
  onPage,
  cardProps,
}: LibraryResultsProps) {
  if (error) return <ErrorState error={error} onRetry={onRetry} title="Your library could not be loaded" />;
  if (isLoading || !page) {
    return (
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4" aria-busy="true" aria-label="Loading assets">
        {Array.from({ length: 8 }, (_, index) => (
          <Skeleton key={index} className="aspect-[3/4]" />
        ))}
      </div>
    );
  }
  if (usable.length === 0) {
    return (
      <EmptyState
        icon={<ImageOff aria-hidden />}
        title="No active assets match"
        description="Only Active, non-expired assets can be used. Upload images into a Virtual Portrait group on the Assets page, or change the filters."
        action={
          <Button asChild variant="secondary" size="sm">
            <Link href="/assets">Open Assets</Link>
          </Button>
        }
      />
    );
  }
  const first = (page.page - 1) * page.pageSize + 1;
  const last = Math.min(page.total, page.page * page.pageSize);
  return (
    <div className="space-y-3">
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4" aria-label="Assets">
        {usable.map((asset) => (
          <li key={asset.assetId} className="min-w-0">
            <AssetCard asset={asset} {...cardProps(asset)} />
          </li>
        ))}
      </ul>
      {page.total > page.pageSize ? (
        <nav aria-label="Asset pages" className="text-muted flex items-center justify-between gap-2 text-sm">
          <span>
            {first}–{last} of {page.total}
          </span>
          <span className="flex gap-2">
            <Button
              variant="secondary"
              size="sm"
              disabled={page.page <= 1}
              onClick={() => onPage(page.page - 1)}
            >
              Previous
            </Button>
            <Button
              variant="secondary"
              size="sm"
              disabled={last >= page.total}
              onClick={() => onPage(page.page + 1)}
            >
              Next
            </Button>
          </span>
        </nav>
      ) : null}
    </div>
  );
}
