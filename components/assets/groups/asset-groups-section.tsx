"use client";

import { Plus } from "lucide-react";
import { memo, useState } from "react";
import { Button } from "@/components/ui/button";
import { whenOpened } from "@/components/ui/lazy-load";
import type { GroupKind } from "@/lib/schemas/asset-group";
import { PageSection } from "../shared/page-section";
import { AssetGroupsTable } from "./asset-groups-table";

// "New group" (its form, and the Real Face verification with its QR code) loads when first opened.
const CreateGroupDialog = whenOpened(() => import("./create-group-dialog").then((m) => m.CreateGroupDialog));

/** "Asset groups": the table and "New group". Memoised: filtering the assets must not re-render it. */
export const AssetGroupsSection = memo(function AssetGroupsSection({
  onGroupDeleted,
}: {
  onGroupDeleted: (groupId: string) => void;
}) {
  const [creating, setCreating] = useState<GroupKind | null>(null);
  return (
    <PageSection
      id="asset-groups"
      title="Asset groups"
      description="Virtual Portrait groups are ready at once; Real Face groups become active after verification."
      action={
        <Button onClick={() => setCreating("VIRTUAL_PORTRAIT")}>
          <Plus aria-hidden /> New group
        </Button>
      }
    >
      <AssetGroupsTable
        createAction={
          <Button variant="secondary" onClick={() => setCreating("VIRTUAL_PORTRAIT")}>
            <Plus aria-hidden /> Create your first group
          </Button>
        }
        onGroupDeleted={onGroupDeleted}
        onCreateRealFace={() => setCreating("REAL_FACE")}
      />
      <CreateGroupDialog
        open={creating !== null}
        onOpenChange={(open) => (open ? undefined : setCreating(null))}
        initialKind={creating ?? undefined}
      />
    </PageSection>
  );
});
