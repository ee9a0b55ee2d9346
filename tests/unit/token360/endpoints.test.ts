// @vitest-environment node
import { describe, expect, it } from "vitest";
import { createAssetGroup, deleteAssetGroup, listAssetGroups } from "@/lib/token360/asset-groups";
import { listAssets } from "@/lib/token360/assets";
import { createAsset } from "@/lib/token360/create-asset";
import { fetchUpstreamMedia, getVideoContent } from "@/lib/token360/video-content";
import { listVideos } from "@/lib/token360/videos";
import {
  assetRecord,
  consoleOk,
  groupRecord,
  jsonResponse,
  stubFetch,
  testUpstream,
  TEST_KEY,
  videoObject,
} from "./factories";

const groupsQuery = { page: 2, pageSize: 10, keyword: "hero", kind: "VIRTUAL_PORTRAIT" as const };

describe("the asset group endpoints", () => {
  it("lists groups from the documented example shape (records + total)", async () => {
    const { fetch, calls } = stubFetch(jsonResponse(consoleOk({ records: [groupRecord()], total: 31 })));
    const page = await listAssetGroups(groupsQuery, testUpstream(fetch));
    expect(page).toMatchObject({ total: 31, page: 2, pageSize: 10 });
    expect(page.items[0]?.id).toBe("grp_9f86d081884c7d65");
    expect(calls[0]?.url).toBe(
      "https://api.example.test/v1/asset-groups?current=2&size=10&keyword=hero&groupKind=VIRTUAL_PORTRAIT",
    );
  });

  it("lists groups from the documented schema shape (list + pagination.total)", async () => {
    const body = consoleOk({
      list: [groupRecord(), groupRecord({ groupId: "g2" })],
      pagination: { total: 2 },
    });
    const page = await listAssetGroups(groupsQuery, testUpstream(stubFetch(jsonResponse(body)).fetch));
    expect(page.items.map((group) => group.id)).toEqual(["grp_9f86d081884c7d65", "g2"]);
    expect(page.total).toBe(2);
  });

  it("creates a group from an answer that only carries assetGroupId", async () => {
    const { fetch, calls } = stubFetch(jsonResponse(consoleOk({ assetGroupId: "g9" })));
    const group = await createAssetGroup({ name: "Bei", kind: "VIRTUAL_PORTRAIT" }, testUpstream(fetch));
    expect(group).toMatchObject({ id: "g9", name: "Bei", kind: "VIRTUAL_PORTRAIT", status: "active" });
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual({ name: "Bei", groupKind: "VIRTUAL_PORTRAIT" });
  });

  it("accepts a delete answer whose data is a string", async () => {
    const body = { code: 0, data: "Deleted successfully", msg: "Asset group deleted" };
    await expect(
      deleteAssetGroup("g1", testUpstream(stubFetch(jsonResponse(body)).fetch)),
    ).resolves.toBeUndefined();
  });
});

describe("the asset endpoints", () => {
  it("lists assets from a bare-array data and filters by group", async () => {
    const { fetch, calls } = stubFetch(jsonResponse(consoleOk([assetRecord()])));
    const page = await listAssets({ page: 1, pageSize: 50, groupId: "g1" }, testUpstream(fetch));
    expect(page).toMatchObject({ total: 1, items: [{ assetId: "ta_5d41402abc4b2a76b9719d911017c592" }] });
    expect(calls[0]?.url).toContain("groupId=g1");
  });

  it("uploads the bytes unchanged as a streamed multipart body, once", async () => {
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 31) % 256);
    let received: Buffer | null = null;
    let contentType = "";
    const fetch = async (_url: string, init: RequestInit) => {
      contentType = (init.headers as Record<string, string>)["content-type"] ?? "";
      received = Buffer.from(await new Response(init.body).arrayBuffer());
      return jsonResponse(consoleOk(assetRecord()));
    };
    async function* chunks() {
      yield bytes.subarray(0, 1000);
      yield bytes.subarray(1000);
    }
    const asset = await createAsset(
      { bytes: chunks(), filename: "hero.png", mimeType: "image/png", name: "Hero", groupId: "g1" },
      undefined,
      testUpstream(fetch),
    );
    expect(asset.assetId).toBe("ta_5d41402abc4b2a76b9719d911017c592");
    const form = await new Response(new Uint8Array(received!), {
      headers: { "content-type": contentType },
    }).formData();
    expect(form.get("name")).toBe("Hero");
    expect(form.get("groupId")).toBe("g1");
    expect(form.get("retentionDays")).toBeNull();
    const file = form.get("file") as File;
    expect(file.name).toBe("hero.png");
    expect(Buffer.from(await file.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe("the video endpoints", () => {
  it("lists videos by cursor", async () => {
    const body = { object: "list", data: [videoObject()], has_more: true, first_id: "a", last_id: "b" };
    const { fetch, calls } = stubFetch(jsonResponse(body));
    const page = await listVideos({ limit: 1, after: "x", order: "desc" }, testUpstream(fetch));
    expect(page).toMatchObject({ hasMore: true, firstId: "a", lastId: "b" });
    expect(calls[0]?.url).toBe("https://api.example.test/v1/videos?limit=1&after=x&order=desc");
  });

  it("passes the Range header through and hands back a 206 untouched", async () => {
    const partial = () => new Response("abc", { status: 206, headers: { "content-range": "bytes 0-2/10" } });
    const { fetch, calls } = stubFetch(partial);
    const response = await getVideoContent("vid_1", "bytes=0-2", undefined, testUpstream(fetch));
    expect(response.status).toBe(206);
    expect((calls[0]?.init.headers as Record<string, string>).range).toBe("bytes=0-2");
    expect(calls[0]?.url).toBe("https://api.example.test/v1/videos/vid_1/content?format=binary");
  });

  it("hands back a 416 so the browser learns the real size", async () => {
    const { fetch } = stubFetch(
      () => new Response(null, { status: 416, headers: { "content-range": "bytes */10" } }),
    );
    expect((await getVideoContent("vid_1", "bytes=99-", undefined, testUpstream(fetch))).status).toBe(416);
  });

  it("never sends the key to a media host other than the upstream", async () => {
    const seen: Headers[] = [];
    const original = globalThis.fetch;
    globalThis.fetch = (async (_input: RequestInfo | URL, init?: RequestInit) => {
      seen.push(new Headers(init?.headers));
      return new Response("png");
    }) as typeof fetch;
    try {
      await fetchUpstreamMedia(
        "https://cdn.example.com/last.png",
        undefined,
        testUpstream(stubFetch().fetch),
      );
    } finally {
      globalThis.fetch = original;
    }
    expect(seen[0]?.get("authorization")).toBeNull();
    expect(JSON.stringify([...seen[0]!.entries()])).not.toContain(TEST_KEY);
  });

  it("refuses a plain-http media URL on a foreign host", async () => {
    await expect(
      fetchUpstreamMedia("http://evil.example/x.png", undefined, testUpstream(stubFetch().fetch)),
    ).rejects.toMatchObject({
      code: "upstream_error",
    });
  });
});
