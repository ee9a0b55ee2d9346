import "server-only";
import type { AssetGroup, CreateAssetGroupInput, ListAssetGroupsQuery } from "@/lib/schemas/asset-group";
import type { Page } from "@/lib/schemas/page";
import { toAssetGroup } from "./convert/asset-group";
import { requestJson, segment } from "./http";
import { getUpstream, type Upstream } from "./upstream";
import { extractList, unwrapConsole } from "./wire/envelope";

// /v1/asset-groups* (console envelope). Group ids are validated by the caller.

export async function listAssetGroups(
  query: ListAssetGroupsQuery,
  upstream: Upstream = getUpstream(),
): Promise<Page<AssetGroup>> {
  const body = await requestJson(upstream, {
    method: "GET",
    path: "/asset-groups",
    query: {
      current: query.page,
      size: query.pageSize,
      keyword: query.keyword,
      groupKind: query.kind,
      status: query.status,
    },
  });
  const { items, total } = extractList(unwrapConsole(upstream, body));
  return {
    items: items.map((item) => toAssetGroup(item, upstream)),
    total: total ?? items.length,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function createAssetGroup(
  input: CreateAssetGroupInput,
  upstream: Upstream = getUpstream(),
): Promise<AssetGroup> {
  const body = await requestJson(upstream, {
    method: "POST",
    path: "/asset-groups",
    json: { name: input.name, groupKind: input.kind },
  });
  // Create answers may carry only {assetGroupId, h5Link}: fill the rest from what we sent.
  return toAssetGroup(unwrapConsole(upstream, body), upstream, { name: input.name, kind: input.kind });
}

export async function getAssetGroup(
  groupId: string,
  upstream: Upstream = getUpstream(),
): Promise<AssetGroup> {
  const body = await requestJson(upstream, { method: "GET", path: `/asset-groups/${segment(groupId)}` });
  return toAssetGroup(unwrapConsole(upstream, body), upstream);
}

export async function renameAssetGroup(
  groupId: string,
  name: string,
  upstream: Upstream = getUpstream(),
): Promise<AssetGroup> {
  const body = await requestJson(upstream, {
    method: "PATCH",
    path: `/asset-groups/${segment(groupId)}`,
    json: { name },
  });
  const data = unwrapConsole(upstream, body);
  // Some answers are a bare confirmation string; read the group back in that case.
  return typeof data === "object" && data !== null
    ? toAssetGroup(data, upstream, { name })
    : getAssetGroup(groupId, upstream);
}

/** Deletes the group and every asset in it. The answer's `data` is a string (API.md §1.4 item 13). */
export async function deleteAssetGroup(groupId: string, upstream: Upstream = getUpstream()): Promise<void> {
  const body = await requestJson(upstream, { method: "DELETE", path: `/asset-groups/${segment(groupId)}` });
  unwrapConsole(upstream, body);
}
