import { Library } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";

/** Said instead of an asset table or picker when the provider has no portrait asset library. */
export function NoAssetLibrary({ note }: { note: string }) {
  return (
    <EmptyState
      icon={<Library aria-hidden />}
      title="No asset library with this provider"
      description={note}
    />
  );
}
