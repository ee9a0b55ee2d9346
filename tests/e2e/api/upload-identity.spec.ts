import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { storedAssetFile } from "../support/emulator-store";
import { SAME_ORIGIN } from "./support/api";
import { noisePng } from "./support/images";

// A ~29 MB image uploaded through the BFF arrives upstream byte for byte: compared with the
// file the emulator stored, read from the server's data dir (the app's emulator key is never
// accepted over HTTP).

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

test("a 29 MB image arrives upstream byte-identical", async ({ request }) => {
  test.setTimeout(120_000);
  const image = await noisePng(2850, 3200);
  expect(image.length).toBeGreaterThan(28_500_000);

  const group = await request.post("/api/asset-groups", {
    headers: SAME_ORIGIN,
    data: { name: `Big upload ${Date.now()}`, kind: "VIRTUAL_PORTRAIT" },
  });
  const groupId = ((await group.json()) as { id: string }).id;
  const uploaded = await request.post("/api/assets", {
    headers: SAME_ORIGIN,
    multipart: { name: "Big", groupId, file: { name: "big.png", mimeType: "image/png", buffer: image } },
    timeout: 90_000,
  });
  expect(uploaded.status(), await uploaded.text()).toBe(201);
  const asset = (await uploaded.json()) as {
    assetId: string;
    sizeBytes: number;
    width: number;
    height: number;
  };
  expect(asset).toMatchObject({ sizeBytes: image.length, width: 2850, height: 3200 });

  const bytes = await readFile(storedAssetFile(process.env.E2E_DATA_DIR!, asset.assetId));
  expect(bytes.length).toBe(image.length);
  expect(sha256(bytes)).toBe(sha256(image));

  // The app keeps a thumbnail of its own, made just after the upload answered.
  await expect
    .poll(async () => (await request.get(`/api/assets/${asset.assetId}/preview`)).headers()["content-type"], {
      timeout: 30_000,
    })
    .toBe("image/webp");
});
