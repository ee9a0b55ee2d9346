import { fetchAssetReferenceUrl } from "@/lib/queries/asset-reference";
import { sendUpload } from "@/lib/queries/send-upload";
import type { MediaType } from "@/lib/schemas/asset";
import type { FileInput } from "./form-state";

// A local file never travels inside a request (providers refuse base64 video, and data: URLs
// make huge bodies): it goes to the generic library first, kept one day, and the request names
// the URL the provider can fetch it from.

export const LOCAL_FILE_RETENTION = "1" as const;

export async function uploadLocalFile(
  file: File,
  type: string,
  mediaType: MediaType,
  onProgress?: (percent: number) => void,
): Promise<FileInput> {
  const typed = file.type === type ? file : new File([file], file.name, { type });
  const asset = await sendUpload(
    {
      file: typed,
      name: file.name.replace(/\.[^.]+$/, "") || file.name,
      groupId: "",
      retention: LOCAL_FILE_RETENTION,
    },
    { onProgress },
  );
  const reference = await fetchAssetReferenceUrl(asset.assetId);
  return {
    source: "file",
    name: file.name,
    mediaType,
    sizeBytes: file.size,
    assetId: asset.assetId,
    url: reference.url,
  };
}
