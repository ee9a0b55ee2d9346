"use client";

import { Upload } from "lucide-react";
import { useRef, useState, type ChangeEvent } from "react";
import { Button } from "@/components/ui/button";
import { whenOpened } from "@/components/ui/lazy-load";
import type { AssetUrlState } from "@/lib/assets/asset-url-state";
import { DROPZONE_ACCEPT } from "@/lib/assets/dropzone-accept";
import { PageSection } from "../shared/page-section";
import { AssetsTable } from "./assets-table";
import { AssetsToolbar } from "./assets-toolbar";

// The upload dialog (drop zone, queue, uploader) loads when files are first chosen.
const UploadDialog = whenOpened(() => import("../upload/upload-dialog").then((m) => m.UploadDialog));

interface AssetsSectionProps {
  state: AssetUrlState;
  onChange: (patch: Partial<AssetUrlState>) => void;
}

const ACCEPT = Object.entries(DROPZONE_ACCEPT).flat(2).join(",");

/** "Assets": the filters, the table and "Upload". */
export function AssetsSection({ state, onChange }: AssetsSectionProps) {
  const [uploading, setUploading] = useState(false);
  const [chosen, setChosen] = useState<File[]>([]);
  // The upload destination is remembered on its own: the "Asset group" filter never sets it.
  const [destination, setDestination] = useState<string | undefined>(undefined);
  const chooser = useRef<HTMLInputElement>(null);

  // As the seed orders it: Upload opens the file chooser, then "Upload file" opens with the files.
  const choose = () => chooser.current?.click();
  const onChosen = (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = "";
    if (files.length === 0) return;
    setChosen(files);
    setUploading(true);
  };

  return (
    <PageSection
      id="assets"
      title="Assets"
      description="Click an Asset ID to copy it for asset:// references. Only Active assets can be used in videos."
      action={
        <Button onClick={choose}>
          <Upload aria-hidden /> Upload
        </Button>
      }
    >
      <input
        ref={chooser}
        type="file"
        accept={ACCEPT}
        multiple
        hidden
        tabIndex={-1}
        aria-label="Images to upload"
        onChange={onChosen}
      />
      <AssetsToolbar state={state} onChange={onChange} />
      <AssetsTable
        state={state}
        onChange={onChange}
        uploadAction={
          <Button variant="secondary" onClick={choose}>
            <Upload aria-hidden /> Upload images
          </Button>
        }
      />
      <UploadDialog
        open={uploading}
        onOpenChange={setUploading}
        defaultGroupId={destination}
        onUploaded={setDestination}
        initialFiles={chosen}
      />
    </PageSection>
  );
}
