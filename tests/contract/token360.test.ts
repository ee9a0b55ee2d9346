// @vitest-environment node
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";

// The client against the real Token360. Runs only with TOKEN360_API_KEY and
// TOKEN360_CONTRACT_TESTS=1; creates one Virtual Portrait group (deleted at the end) and
// never starts a billable video unless TOKEN360_CONTRACT_VIDEOS=1 as well.

const enabled = Boolean(process.env.TOKEN360_API_KEY) && process.env.TOKEN360_CONTRACT_TESTS === "1";
const videosEnabled = enabled && process.env.TOKEN360_CONTRACT_VIDEOS === "1";

const client = () => import("@/lib/token360");
const until = async <T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 120_000): Promise<T> => {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 3000));
  }
};

describe.skipIf(!enabled)("the Token360 client against the real API", () => {
  let groupId: string | null = null;

  afterAll(async () => {
    if (groupId) await (await client()).deleteAssetGroup(groupId).catch(() => undefined);
  });

  it("reaches the API with the key", async () => {
    const { getUpstream, pingUpstream } = await client();
    expect(getUpstream().mode).toBe("token360");
    expect(await pingUpstream()).toMatchObject({ ok: true });
  });

  it("lists asset groups and videos in the normalized shapes", async () => {
    const { listAssetGroups, listVideos } = await client();
    const groups = await listAssetGroups({ page: 1, pageSize: 5 });
    expect(groups.page).toBe(1);
    expect(Array.isArray(groups.items)).toBe(true);
    const videos = await listVideos({ limit: 2, order: "desc" });
    expect(typeof videos.hasMore).toBe("boolean");
  });

  it("creates, renames and reads back a Virtual Portrait group", async () => {
    const { createAssetGroup, getAssetGroup, renameAssetGroup } = await client();
    const group = await createAssetGroup({ name: `contract ${Date.now()}`, kind: "VIRTUAL_PORTRAIT" });
    groupId = group.id;
    expect(group).toMatchObject({ kind: "VIRTUAL_PORTRAIT", status: "active" });
    expect((await getAssetGroup(group.id)).id).toBe(group.id);
    expect((await renameAssetGroup(group.id, "contract renamed")).name).toBe("contract renamed");
  });

  it("uploads an image that becomes active, finds it in the list, then deletes it", async () => {
    const { createAsset, deleteAsset, getAsset, listAssets } = await client();
    expect(groupId).not.toBeNull();
    const png = await sharp({ create: { width: 640, height: 800, channels: 3, background: "#8855cc" } })
      .png()
      .toBuffer();
    async function* bytes() {
      yield new Uint8Array(png);
    }
    const asset = await createAsset({
      bytes: bytes(),
      filename: "contract.png",
      mimeType: "image/png",
      name: "contract",
      groupId: groupId!,
    });
    expect(asset.assetId).toMatch(/^ta_[0-9a-f]{32}$/);
    const settled = await until(
      () => getAsset(asset.assetId),
      (value) => value.status !== "processing",
    );
    expect(settled.status).toBe("active");
    const page = await listAssets({ page: 1, pageSize: 20, groupId: groupId! });
    expect(page.items.map((item) => item.assetId)).toContain(asset.assetId);
    await deleteAsset(asset.assetId);
  });

  it("maps the upstream's refusals to our error codes", async () => {
    const { createVideo, getAsset } = await client();
    await expect(getAsset(`ta_${"0".repeat(32)}`)).rejects.toMatchObject({ status: 404 });
    await expect(createVideo({ model: "seedance-2.0", prompt: "x", duration: "5" })).rejects.toMatchObject({
      status: 400,
    });
  });

  it.skipIf(!videosEnabled)(
    "runs a short text-to-video task to completion and streams it",
    async () => {
      const { createVideo, getVideo, getVideoContent } = await client();
      const task = await createVideo({
        model: "seedance-2.0-fast",
        prompt: "A paper boat on a pond",
        duration: 4,
        resolution: "480p",
      });
      const done = await until(
        () => getVideo(task.id),
        (value) => value.status === "completed" || value.status === "failed",
        600_000,
      );
      expect(done.status).toBe("completed");
      const partial = await getVideoContent(task.id, "bytes=0-1023");
      expect([200, 206]).toContain(partial.status);
      await partial.body?.cancel();
    },
    660_000,
  );
});
