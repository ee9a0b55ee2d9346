import {
  test as base,
  expect,
  type APIRequestContext,
  type Locator,
  type Page,
  type Request,
} from "@playwright/test";
import {
  createVideoTask,
  seedPortraitAssets,
  waitForVideo,
  type SeededAsset,
  type SeededVideo,
} from "../support/seed";

/** The Playground, in the words a creator would use: blocks, "From assets", Generate, History. */
export class PlaygroundPage {
  readonly form: Locator;
  readonly result: Locator;
  readonly history: Locator;
  readonly picker: Locator;
  readonly prompt: Locator;
  readonly generateButton: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByRole("region", { name: "Create a video" });
    this.result = page.getByRole("region", { name: "Result" });
    this.history = page.getByRole("region", { name: "History" });
    this.picker = page.getByRole("dialog", { name: "Choose from your library" });
    this.prompt = page.getByLabel("Prompt");
    this.generateButton = page.getByRole("button", { name: "Generate" });
  }

  async goto() {
    await this.page.goto("/playground");
    await expect(this.page.getByRole("heading", { level: 1, name: "Playground" })).toBeVisible();
  }

  model(id: string) {
    return this.page.getByRole("radio", { name: id, exact: true });
  }

  async chooseModel(id: string) {
    await this.model(id).check();
  }

  mode(label: string) {
    return this.page.getByRole("tab", { name: label, exact: true });
  }

  async chooseMode(label: string) {
    await this.mode(label).click();
    await expect(this.mode(label)).toHaveAttribute("aria-selected", "true");
  }

  block(label: string) {
    return this.form.getByRole("region", { name: label });
  }

  async openLibrary(blockLabel: string) {
    await this.block(blockLabel).getByRole("button", { name: "From assets" }).click();
    await expect(this.picker).toBeVisible();
  }

  /** The picker's cards (one per asset shown). */
  cards() {
    return this.picker.getByRole("list", { name: "Assets" }).getByRole("button");
  }

  card(text: string) {
    return this.cards().filter({ hasText: text });
  }

  async search(text: string) {
    await this.picker.getByLabel("Search").fill(text);
  }

  /** Single blocks: search by asset ID, click the card; the dialog closes. */
  async pickAsset(blockLabel: string, assetId: string) {
    await this.openLibrary(blockLabel);
    await this.search(assetId);
    await expect(this.cards()).toHaveCount(1);
    await this.card(assetId).click();
    await expect(this.picker).toBeHidden();
  }

  /** Multi blocks: select several cards, then "Use selected". */
  async pickAssets(blockLabel: string, assetIds: string[]) {
    await this.openLibrary(blockLabel);
    for (const assetId of assetIds) {
      await this.search(assetId);
      await expect(this.cards()).toHaveCount(1);
      await this.card(assetId).click();
      await expect(this.card(assetId)).toHaveAttribute("aria-pressed", "true");
    }
    await this.picker.getByRole("button", { name: "Use selected" }).click();
    await expect(this.picker).toBeHidden();
  }

  async uploadFile(blockLabel: string, file: { name: string; mimeType: string; buffer: Buffer }) {
    await this.block(blockLabel).locator('input[type="file"]').setInputFiles(file);
  }

  /** Picks an option of a labelled select by its value or its label. */
  async choose(label: string, option: string) {
    await this.form.getByLabel(label, { exact: true }).selectOption(option);
  }

  /** Short, small videos keep the emulator's ffmpeg renders fast. */
  async setShortVideo(seconds = 4) {
    await this.choose("Duration", `${seconds} s`);
    await this.choose("Resolution", "480p");
  }

  /** Matches /api/videos whatever its query (the page's create carries the mode), for page.route. */
  static readonly VIDEOS = (url: URL) => url.pathname === "/api/videos";

  /** Whether a request is the page creating a video (POST /api/videos). */
  static isCreateVideo(request: Request): boolean {
    return request.method() === "POST" && PlaygroundPage.VIDEOS(new URL(request.url()));
  }

  waitForCreateRequest(): Promise<Request> {
    return this.page.waitForRequest(PlaygroundPage.isCreateVideo);
  }

  /** Opens the Playground on Text to video with a prompt and a short, small video. */
  async startTextToVideo(prompt: string) {
    await this.goto();
    await this.prompt.fill(prompt);
    await this.setShortVideo(4);
  }

  /** First-frame I2V with a library asset as the first frame. */
  async useFirstFrame(assetId: string) {
    await this.chooseMode("First-frame I2V");
    await this.pickAsset("First frame", assetId);
  }

  /** Clicks Generate and returns the body the page posted. */
  async generate(): Promise<Record<string, unknown>> {
    const posted = this.waitForCreateRequest();
    await this.generateButton.click();
    return (await posted).postDataJSON() as Record<string, unknown>;
  }

  async expectCompleted(timeout = 90_000) {
    await expect(this.result.getByText("Completed", { exact: true })).toBeVisible({ timeout });
    await expect(this.result.getByRole("status").filter({ hasText: /^Video ready/ })).toHaveCount(1);
  }

  /** The result video's duration, read in the page once its metadata has loaded. */
  async resultVideoDuration(): Promise<number> {
    const video = this.result.locator("video");
    await expect(video).toBeVisible();
    return video.evaluate(
      (element: HTMLVideoElement) =>
        new Promise<number>((resolve, reject) => {
          if (element.readyState >= 1) return resolve(element.duration);
          element.addEventListener("loadedmetadata", () => resolve(element.duration), { once: true });
          element.addEventListener("error", () => reject(new Error("the video could not be loaded")), {
            once: true,
          });
        }),
    );
  }

  historyItem(prompt: string) {
    return this.history.getByRole("listitem").filter({ hasText: prompt });
  }
}

/** What a Playground story needs to exist before the page opens, made through the app's API. */
export class PlaygroundSeed {
  constructor(
    private readonly request: APIRequestContext,
    private readonly baseURL: string,
  ) {}

  /** `count` Active Virtual Portrait assets in a group of their own. */
  async portraits(count: number, prefix = "Hero"): Promise<SeededAsset[]> {
    return (await seedPortraitAssets(this.request, this.baseURL, count, prefix)).assets;
  }

  /** A video task as POST /api/videos starts it (not waited for). */
  video(body: Record<string, unknown>): Promise<SeededVideo> {
    return createVideoTask(this.request, this.baseURL, body);
  }

  /** A completed 4 s 480p text-to-video task, for the history. */
  async finishedVideo(prompt: string): Promise<SeededVideo> {
    const task = await this.video({ model: "seedance-2.0", prompt, duration: 4, resolution: "480p" });
    return waitForVideo(this.request, task.id);
  }
}

/**
 * The Playground specs' `test`: a `playground` page object (not yet opened) and a `seed`.
 * Seeding, ffmpeg renders and a shared CI machine give each story room beyond the default minute.
 */
export const test = base.extend<{ playground: PlaygroundPage; seed: PlaygroundSeed; roomToRender: void }>({
  roomToRender: [
    async ({}, provide, testInfo) => {
      testInfo.setTimeout(240_000);
      await provide();
    },
    { auto: true },
  ],
  playground: async ({ page }, provide) => provide(new PlaygroundPage(page)),
  seed: async ({ request, baseURL }, provide) => provide(new PlaygroundSeed(request, baseURL!)),
});

export { expect };
