import "server-only";
import { requestJson, segment } from "./http";
import { getUpstream, type Upstream } from "./upstream";
import { unwrapConsole } from "./wire/envelope";

// Where the provider itself can fetch an uploaded file from, when its asset record says so.
// API.md §2.3.1 cuts the record off before any URL field; the emulator answers `url` (a signed
// link), other spellings are tolerated. Null when the record carries no http(s) link.

const URL_FIELDS = ["url", "fileUrl", "downloadUrl", "contentUrl", "previewUrl"] as const;

export async function getAssetFileUrl(
  assetId: string,
  upstream: Upstream = getUpstream(),
): Promise<string | null> {
  const body = await requestJson(upstream, { method: "GET", path: `/assets/${segment(assetId)}` });
  const record = unwrapConsole(upstream, body);
  if (typeof record !== "object" || record === null) return null;
  for (const field of URL_FIELDS) {
    const value = (record as Record<string, unknown>)[field];
    if (typeof value === "string" && /^https?:\/\//i.test(value)) return value;
  }
  return null;
}
