"use client";

import { AssetGroupsSection } from "./groups/asset-groups-section";
import { AssetsSection } from "./library/assets-section";
import { useAssetUrlState } from "./library/use-asset-url-state";

/** The Assets page: "Asset groups" above "Assets", as on Token360. */
export function AssetsPage() {
  const [state, update] = useAssetUrlState();
  return (
    <div className="space-y-10">
      <AssetGroupsSection
        onGroupDeleted={(groupId) => {
          // A filter on a group that no longer exists would show nothing, with no way to tell why.
          if (state.group === groupId) update({ group: null });
        }}
      />
      <AssetsSection state={state} onChange={update} />
    </div>
  );
}
