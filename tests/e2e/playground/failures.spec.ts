import { uniqueName } from "../support/seed";
import { expect, PlaygroundPage, test } from "./playground-page";

test.describe("when things go wrong", () => {
  test("a failed task shows the upstream reason and what to try, and Run again refills the form", async ({
    page,
    playground,
  }) => {
    const prompt = uniqueName("A task the provider refuses");
    // The verdict is forced on the task's polled reads below, so the page must poll: without its
    // live-status stream it does, as when a proxy drops the stream.
    await page.route("**/api/events", (route) => route.abort());
    await playground.startTextToVideo(prompt);
    // The provider's verdict, forced: every poll of the task answers "failed".
    await page.route(/\/api\/videos\/[^/?]+$/, async (route) => {
      if (route.request().method() !== "GET") return route.fallback();
      const response = await route.fetch();
      const task = await response.json();
      await route.fulfill({
        response,
        json: {
          ...task,
          status: "failed",
          progress: null,
          contentUrl: null,
          error: { code: "InvalidParameter", message: "Asset validation failed" },
        },
      });
    });
    await playground.generate();
    await expect(playground.result.getByText("The video could not be generated")).toBeVisible();
    await expect(playground.result.getByText("Asset validation failed", { exact: true })).toBeVisible();
    await expect(playground.result.getByText(/What to try:.*Assets page/)).toBeVisible();
    await expect(
      playground.result
        .getByRole("status")
        .filter({ hasText: "Video generation failed: Asset validation failed." }),
    ).toHaveCount(1);

    await playground.prompt.fill("");
    await playground.result.getByRole("button", { name: "Run again" }).click();
    await expect(playground.prompt).toHaveValue(prompt);
  });

  test("a refused submission says why and Generate works again", async ({ page, playground }) => {
    await playground.startTextToVideo(uniqueName("Upstream is down"));
    await page.route(PlaygroundPage.VIDEOS, (route) =>
      PlaygroundPage.isCreateVideo(route.request())
        ? route.fulfill({
            status: 503,
            json: {
              error: {
                code: "upstream_unavailable",
                message: "Token360 did not answer. Try again in a minute.",
              },
            },
          })
        : route.fallback(),
    );
    await playground.generateButton.click();
    const alert = playground.form.getByRole("alert").filter({ hasText: "The video was not started" });
    await expect(alert).toContainText("Token360 did not answer. Try again in a minute.");
    await expect(playground.generateButton).toBeEnabled();
  });

  test("Generate cannot submit twice, even on a double click", async ({ page, playground }) => {
    await playground.startTextToVideo(uniqueName("Only once"));
    const posts: string[] = [];
    await page.route(PlaygroundPage.VIDEOS, async (route) => {
      if (!PlaygroundPage.isCreateVideo(route.request())) return route.fallback();
      posts.push(route.request().url());
      await new Promise((resolve) => setTimeout(resolve, 3000)); // a slow upstream keeps the mutation pending
      await route.continue();
    });
    await playground.generateButton.dblclick();
    await expect(playground.form.getByRole("button", { name: "Sending…" })).toBeDisabled();
    await playground.prompt.press("Control+Enter");
    await expect(playground.result.getByText("Video ID", { exact: true })).toBeVisible();
    expect(posts).toHaveLength(1);
  });
});
