import type { Metadata } from "next";
import { Suspense } from "react";
import { AssetsPage } from "@/components/assets/assets-page";
import { AssetsPageSkeleton } from "@/components/assets/assets-page-skeleton";
import { PrefetchedAssets, type SearchParams } from "@/components/assets/prefetched-assets";
import { NoAssetLibrary } from "@/components/shared/no-asset-library";
import { providerInfo } from "@/lib/api/provider-info";

export const metadata: Metadata = { title: "Assets" };

export default function AssetsRoute({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { assetLibraryNote } = providerInfo();
  return (
    <div className="space-y-8">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">Assets</h1>
        <p className="text-muted">
          Create Virtual Portrait and Real Face groups, upload character images, and copy their Asset IDs.
        </p>
      </header>
      {/* The header streams at once; the tables follow with their first page already filled in.
          The client part reads its filters from the URL (useSearchParams), which needs a Suspense boundary. */}
      {assetLibraryNote ? (
        <NoAssetLibrary note={assetLibraryNote} />
      ) : (
        <Suspense fallback={<AssetsPageSkeleton />}>
          <PrefetchedAssets searchParams={searchParams}>
            <AssetsPage />
          </PrefetchedAssets>
        </Suspense>
      )}
    </div>
  );
}
