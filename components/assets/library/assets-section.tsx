"use client";

import { Upload } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { AssetUrlState } from "@/lib/assets/asset-url-state";
import { PageSection } from "../shared/page-section";
import { UploadDialog } from "../upload/upload-dialog";
import { AssetsTable } from "./assets-table";
import { AssetsToolbar } from "./assets-toolbar";

interface AssetsSectionProps {
  state: AssetUrlState;
  onChange: (patch: Partial<AssetUrlState>) => void;
}

/** "Assets": the filters, the table and "Upload". */
export function AssetsSection({ state, onChange }: AssetsSectionProps) {
  const [uploading, setUploading] = useState(false);
  // The upload destination is remembered on its own: the "Asset group" filter never sets it.
  const [destination, setDestination] = useState<string | undefined>(undefined);

  return (
    <PageSection
      id="assets"
      title="Assets"
      description="Click an Asset ID to copy it for asset:// references. Only Active assets can be used in videos."
      action={
        <Button onClick={() => setUploading(true)}>
          <Upload aria-hidden /> Upload
        </Button>
      }
    >
      <AssetsToolbar state={state} onChange={onChange} />
      <AssetsTable
        state={state}
        onChange={onChange}
        uploadAction={
          <Button variant="secondary" onClick={() => setUploading(true)}>
            <Upload aria-hidden /> Upload images
          </Button>
        }
      />
      <UploadDialog
        open={uploading}
        onOpenChange={setUploading}
        defaultGroupId={destination}
        onUploaded={setDestination}
      />
    </PageSection>
  );
}
