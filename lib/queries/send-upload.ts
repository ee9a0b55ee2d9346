import { objectAnswer } from "@/lib/client/answer";
import { ClientApiError, toClientError } from "@/lib/client/api-error";
import { assetsUrl } from "@/lib/schemas/app-urls";
import type { Asset, RetentionChoice } from "@/lib/schemas/asset";

// Uploads go through XMLHttpRequest because fetch still reports no upload progress.

export interface SendUploadInput {
  file: File;
  name: string;
  groupId: string;
  retention: RetentionChoice;
}

export interface SendUploadOptions {
  /** 0–100 as the bytes leave the browser. */
  onProgress?: (percent: number) => void;
  signal?: AbortSignal;
}

const uploadedAsset = objectAnswer<Asset>("assetId", "name", "status", "mediaType");

function bodyOf(xhr: XMLHttpRequest): unknown {
  try {
    return JSON.parse(xhr.responseText);
  } catch {
    // Not JSON (a proxy page, an empty body): the envelope parser falls back to the status line.
    return null;
  }
}

/** POST /api/assets as multipart, text fields first so the server can stream the file through. */
export function sendUpload(
  input: SendUploadInput,
  { onProgress, signal }: SendUploadOptions = {},
): Promise<Asset> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new DOMException("Upload canceled", "AbortError"));
    const form = new FormData();
    form.append("name", input.name);
    form.append("groupId", input.groupId);
    form.append("retention", input.retention);
    form.append("file", input.file, input.file.name);

    const xhr = new XMLHttpRequest();
    const onAbort = () => xhr.abort();
    signal?.addEventListener("abort", onAbort, { once: true });
    const settle = () => signal?.removeEventListener("abort", onAbort);

    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onload = () => {
      settle();
      if (xhr.status < 200 || xhr.status >= 300) {
        return reject(toClientError(xhr.status, bodyOf(xhr), xhr.statusText));
      }
      try {
        resolve(uploadedAsset.parse(bodyOf(xhr)));
      } catch {
        reject(new ClientApiError(xhr.status, "invalid_response", "The server's answer could not be read."));
      }
    };
    xhr.onerror = () => {
      settle();
      reject(
        new ClientApiError(
          0,
          "network_error",
          "The upload was interrupted. Check your connection and try again.",
        ),
      );
    };
    xhr.onabort = () => {
      settle();
      reject(new DOMException("Upload canceled", "AbortError"));
    };
    xhr.open("POST", assetsUrl());
    xhr.send(form);
  });
}
