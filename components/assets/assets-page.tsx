"use client";

import { useCallback } from "react";
import { AssetGroupsSection } from "./groups/asset-groups-section";
import { AssetsSection } from "./library/assets-section";
import { useAssetUrlState } from "./library/use-asset-url-state";

/** The Assets page: "Asset groups" above "Assets", as on Token360. */
export function AssetsPage() {
  const [state, update] = useAssetUrlState();
  // A filter on a group that no longer exists would show nothing, with no way to tell why.
  const onGroupDeleted = useCallback(
    (groupId: string) => update((current) => (current.group === groupId ? { group: null } : {})),
    [update],
  );
  return (
    <div className="space-y-10">
      <AssetGroupsSection onGroupDeleted={onGroupDeleted} />
      <AssetsSection state={state} onChange={update} />
    </div>
  );
}
