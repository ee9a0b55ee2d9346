import type { Request } from "@playwright/test";
import { makeClip, makeLargePhoto } from "../support/local-media";
import { uniqueName } from "../support/seed";
import { expect, PlaygroundPage, test } from "./playground-page";

// Local files are uploaded to the library first and sent by URL: no request the page makes and
// no body the server forwards may carry a data: URL (providers refuse base64 video).

const MB = 1024 * 1024;

/** Every request body the page sends, for the no-inline check at the end. */
function watchBodies(requests: Request[]) {
  return (request: Request) => {
    if (request.method() !== "GET") requests.push(request);
  };
}

async function expectNoInlineData(requests: Request[]) {
  expect(requests.length).toBeGreaterThan(0);
  for (const request of requests) {
    const body = request.postDataBuffer()?.toString("latin1") ?? "";
    // A multipart upload carries the raw file; only JSON bodies could hold a data: URL.
    if (!(request.headers()["content-type"] ?? "").includes("json")) continue;
    expect(body, `${request.method()} ${request.url()}`).not.toContain("data:");
  }
}

test.describe("local files", () => {
  test("Extend video from a local 20 MB clip: uploaded first, sent by URL", async ({
    page,
    playground,
    request,
  }) => {
    const clip = await makeClip("harbour.mp4", 6, 20);
    expect(clip.buffer.length).toBeGreaterThan(15 * MB);
    const sent: Request[] = [];
    page.on("request", watchBodies(sent));

    await playground.goto();
    await playground.chooseMode("Extend video");
    await expect(playground.prompt).toHaveValue("Extend <Video 1>, ");
    await playground.uploadFile("Video to extend", clip);
    const block = playground.block("Video to extend");
    await expect(block.getByText("harbour.mp4")).toBeVisible({ timeout: 60_000 });

    await playground.prompt.fill(`Extend <Video 1>, ${uniqueName("the boats sail out at dusk")}`);
    await playground.setShortVideo(4);
    const created = page.waitForResponse((response) => PlaygroundPage.isCreateVideo(response.request()));
    const body = await playground.generate();
    const task = (await (await created).json()) as { id: string };
    const [source] = body.input_references as { type: string; role: string; video_url: { url: string } }[];
    expect(source).toMatchObject({ type: "video_url", role: "reference_video" });
    expect(source!.video_url.url).toMatch(/^https?:\/\//);
    await playground.expectCompleted();
    await expect(playground.result.getByText("Extend video", { exact: true })).toBeVisible();

    // The body the server forwarded is kept with the task: no data: URL there either.
    const detail = (await (await request.get(`/api/videos/${task.id}`)).json()) as { request: unknown };
    expect(JSON.stringify(detail.request)).toContain(source!.video_url.url);
    expect(JSON.stringify(detail.request)).not.toContain("data:");
    await expectNoInlineData(sent);
  });

  test("First-frame I2V from a local 25 MB photo", async ({ page, playground }) => {
    const photo = await makeLargePhoto("portrait.png");
    expect(photo.buffer.length).toBeGreaterThan(24 * MB);
    expect(photo.buffer.length).toBeLessThan(30 * MB);
    const sent: Request[] = [];
    page.on("request", watchBodies(sent));

    await playground.goto();
    await playground.chooseMode("First-frame I2V");
    await playground.uploadFile("First frame", photo);
    await expect(playground.block("First frame").getByText("portrait.png")).toBeVisible({ timeout: 60_000 });
    await playground.prompt.fill(uniqueName("She turns towards the window"));
    await playground.setShortVideo(4);
    const body = await playground.generate();
    const [frame] = body.frame_images as { frame_type: string; image_url: { url: string } }[];
    expect(frame).toMatchObject({ frame_type: "first_frame" });
    expect(frame!.image_url.url).toMatch(/^https?:\/\//);
    await playground.expectCompleted();
    await expectNoInlineData(sent);
  });
});
