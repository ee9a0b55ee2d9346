import { expect, test } from "@playwright/test";
import { SAME_ORIGIN } from "./support/api";

// Downloads and players: the video's content answers HEAD with its headers only, and every
// streamed answer states its size (Next drops Content-Length on streamed route answers; the
// server puts it back from the upstream's own).

async function finishedVideo(request: import("@playwright/test").APIRequestContext): Promise<string> {
  const created = await request.post("/api/videos", {
    headers: SAME_ORIGIN,
    data: { model: "seedance-2.0", prompt: "Waves roll onto a quiet beach", duration: 4, resolution: "480p" },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  await expect
    .poll(
      async () => ((await (await request.get(`/api/videos/${id}`)).json()) as { status: string }).status,
      {
        timeout: 90_000,
        intervals: [300],
      },
    )
    .toBe("completed");
  return id;
}

test("the content answers HEAD and carries Content-Length on full, ranged and download answers", async ({
  request,
}) => {
  test.setTimeout(120_000);
  const id = await finishedVideo(request);
  const url = `/api/videos/${id}/content`;

  const full = await request.get(url);
  expect(full.status()).toBe(200);
  const size = (await full.body()).length;
  expect(size).toBeGreaterThan(1000);
  expect(full.headers()["content-length"]).toBe(String(size));
  expect(full.headers()["transfer-encoding"]).toBeUndefined();

  const head = await request.head(url);
  expect(head.status()).toBe(200);
  expect(head.headers()["content-length"]).toBe(String(size));
  expect(head.headers()["content-type"]).toBe("video/mp4");
  expect(head.headers()["accept-ranges"]).toBe("bytes");
  expect((await head.body()).length).toBe(0);

  const download = await request.head(`${url}?download=1`);
  expect(download.headers()["content-disposition"]).toContain(`-${id}.mp4`);
  expect(download.headers()["content-length"]).toBe(String(size));

  const partial = await request.get(url, { headers: { range: "bytes=10-109" } });
  expect(partial.status()).toBe(206);
  expect(partial.headers()["content-length"]).toBe("100");
  expect(partial.headers()["content-range"]).toBe(`bytes 10-109/${size}`);

  const missing = await request.head("/api/videos/video_0000000000000000/content");
  expect(missing.status()).toBe(404);
  expect(Object.keys(missing.headers())).not.toContain("x-portrait-studio-length");
  expect(full.headers()["x-portrait-studio-length"]).toBeUndefined();
});
