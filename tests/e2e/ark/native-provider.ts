import { randomBytes } from "node:crypto";
import { stat } from "node:fs/promises";
import { expect, type Browser, type BrowserContext } from "@playwright/test";
import { startNextServer, type NextServer } from "../support/next-server.mjs";
import { PlaygroundPage } from "../playground/playground-page";

/**
 * A private Portrait Studio with VIDEO_PROVIDER=ark, pointed over HTTP at the suite server's
 * emulator on LaoZhang's path (/emulator/seedance/api/v3), with the LaoZhang preset's model ids.
 * Its own key is a tenant of that emulator.
 */
export class NativeProviderStudio {
  server!: NextServer;
  context!: BrowserContext;
  playground!: PlaygroundPage;
  private readonly env: Record<string, string>;

  constructor(
    private readonly browser: Browser,
    suiteUrl: string,
  ) {
    this.env = {
      VIDEO_PROVIDER: "ark",
      ARK_PRESET: "laozhang",
      ARK_BASE_URL: `${suiteUrl}/emulator/seedance/api/v3`,
      ARK_API_KEY: `sk-ark-e2e-${randomBytes(8).toString("hex")}`,
    };
  }

  /** Starts the server (on the data dir of an earlier start, for a restart) and opens a page. */
  async start(dataDir?: string) {
    this.server = await startNextServer({ label: "ark", env: this.env, dataDir });
    this.context = await this.browser.newContext({ baseURL: this.server.url });
    this.playground = new PlaygroundPage(await this.context.newPage());
  }

  async restart() {
    await this.context.close();
    await this.server.stop();
    await this.start(this.server.dataDir);
  }

  async dispose() {
    await this.context?.close();
    await this.server?.dispose();
  }

  /** Generates, waits until it completes, checks that it plays and downloads; returns its id. */
  async generateAndCheck(): Promise<string> {
    const { playground } = this;
    const created = playground.page.waitForResponse(
      (response) => PlaygroundPage.isCreateVideo(response.request()) && response.status() === 201,
    );
    await playground.generate();
    const { id } = (await (await created).json()) as { id: string };
    await playground.expectCompleted(150_000);
    // It plays: the browser has loaded the MP4's metadata from the app (polled, so a broken
    // stream fails here instead of waiting for an event that never comes).
    const video = playground.result.locator("video");
    await expect
      .poll(() => video.evaluate((element: HTMLVideoElement) => element.readyState), { timeout: 30_000 })
      .toBeGreaterThanOrEqual(1);
    expect(await video.evaluate((element: HTMLVideoElement) => element.duration)).toBeGreaterThan(1);
    const downloading = playground.page.waitForEvent("download");
    await playground.result.getByRole("link", { name: "Download" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.mp4$/);
    expect((await stat(await download.path())).size).toBeGreaterThan(10 * 1024);
    return id;
  }

  /** Picks an earlier result by its prompt through "From your videos" in a block. */
  async pickEarlierResult(blockLabel: string, prompt: string) {
    const { playground } = this;
    await playground.block(blockLabel).getByRole("button", { name: "From your videos" }).click();
    const picker = playground.page.getByRole("dialog", { name: "Choose one of your videos" });
    await picker.getByRole("button", { name: new RegExp(prompt) }).click();
    await expect(picker).toBeHidden();
  }
}
