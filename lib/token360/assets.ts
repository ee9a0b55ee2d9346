import "server-only";
import { ApiError } from "@/lib/errors/api-error";
import type { AssetRecord, ListAssetsQuery } from "@/lib/schemas/asset";
import type { Page } from "@/lib/schemas/page";
import { toAsset } from "./convert/asset";
import { requestJson, requestStream, segment } from "./http";
import { getUpstream, type Upstream } from "./upstream";
import { extractList, unwrapConsole } from "./wire/envelope";

// /v1/assets* (console envelope). Asset ids are validated by the caller. Uploads: create-asset.ts.

export async function listAssets(
  query: ListAssetsQuery,
  upstream: Upstream = getUpstream(),
): Promise<Page<AssetRecord>> {
  const body = await requestJson(upstream, {
    method: "GET",
    path: "/assets",
    query: {
      current: query.page,
      size: query.pageSize,
      keyword: query.keyword,
      groupId: query.groupId,
      assetKind: query.kind,
      status: query.status,
      mediaType: query.mediaType,
    },
  });
  const { items, total } = extractList(unwrapConsole(upstream, body));
  return {
    items: items.map(toAsset),
    total: total ?? items.length,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function getAsset(assetId: string, upstream: Upstream = getUpstream()): Promise<AssetRecord> {
  const body = await requestJson(upstream, { method: "GET", path: `/assets/${segment(assetId)}` });
  return toAsset(unwrapConsole(upstream, body));
}

export async function renameAsset(
  assetId: string,
  name: string,
  upstream: Upstream = getUpstream(),
): Promise<AssetRecord> {
  const body = await requestJson(upstream, {
    method: "PATCH",
    path: `/assets/${segment(assetId)}`,
    json: { name },
  });
  const data = unwrapConsole(upstream, body);
  return typeof data === "object" && data !== null ? toAsset(data) : getAsset(assetId, upstream);
}

export async function deleteAsset(assetId: string, upstream: Upstream = getUpstream()): Promise<void> {
  const body = await requestJson(upstream, { method: "DELETE", path: `/assets/${segment(assetId)}` });
  unwrapConsole(upstream, body);
}

/**
 * The stored file (`variant: "content"`) or the upstream's thumbnail, streamed; null when
 * the upstream does not offer it (Token360 documents neither endpoint).
 */
export async function fetchAssetFile(
  assetId: string,
  variant: "content" | "thumbnail",
  signal?: AbortSignal,
  upstream: Upstream = getUpstream(),
): Promise<Response | null> {
  try {
    return await requestStream(upstream, {
      method: "GET",
      path: `/assets/${segment(assetId)}/${variant}`,
      headers: { accept: "image/*" },
      signal,
    });
  } catch (error) {
    if (error instanceof ApiError && (error.code === "not_found" || error.status === 405)) return null;
    throw error;
  }
}
