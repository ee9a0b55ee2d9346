import { ClientApiError } from "@/lib/client/api-error";
import { assetSchema, type Asset, type RetentionChoice } from "@/lib/schemas/asset";
import { apiErrorBodySchema } from "@/lib/schemas/error";

// Uploads go through XMLHttpRequest because fetch still reports no upload progress.

export interface UploadInput {
  file: File;
  name: string;
  groupId: string;
  retention: RetentionChoice;
}

export interface UploadOptions {
  /** 0–100 as the bytes leave the browser. */
  onProgress?: (percent: number) => void;
  signal?: AbortSignal;
}

function errorFrom(xhr: XMLHttpRequest): ClientApiError {
  let body: unknown = null;
  try {
    body = JSON.parse(xhr.responseText);
  } catch {
    // Not JSON (a proxy page, an empty body): fall through to the status line.
  }
  const parsed = apiErrorBodySchema.safeParse(body);
  if (parsed.success) {
    const { code, message, details } = parsed.data.error;
    return new ClientApiError(xhr.status, code, message, details);
  }
  return new ClientApiError(xhr.status, "http_error", `The server answered ${xhr.status}.`);
}

/** POST /api/assets as multipart, text fields first so the server can stream the file through. */
export function uploadAsset(input: UploadInput, { onProgress, signal }: UploadOptions = {}): Promise<Asset> {
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
      if (xhr.status < 200 || xhr.status >= 300) return reject(errorFrom(xhr));
      try {
        resolve(assetSchema.parse(JSON.parse(xhr.responseText)));
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
    xhr.open("POST", "/api/assets");
    xhr.send(form);
  });
}
