import { randomBytes } from "node:crypto";
import { expect, type Browser, type BrowserContext } from "@playwright/test";
import { startNextServer, type NextServer } from "../support/next-server.mjs";
import { PlaygroundPage } from "../playground/playground-page";

// A private Portrait Studio pointed over HTTP at the suite server's emulator with a key of its
// own (as the canary server runs), so the test can do to the provider what a provider does on
// its own: delete a task and its files. Pieces for the workspace stories (kept outputs, lineage).

export interface MadeVideo {
  id: string;
  prompt: string;
}

export class KeptOutputsStudio {
  server!: NextServer;
  context!: BrowserContext;
  playground!: PlaygroundPage;
  readonly key = `sk-kept-e2e-${randomBytes(8).toString("hex")}`;

  constructor(
    private readonly browser: Browser,
    private readonly suiteUrl: string,
  ) {}

  async start() {
    this.server = await startNextServer({
      label: "kept-outputs",
      env: {
        TOKEN360_API_KEY: this.key,
        TOKEN360_BASE_URL: `${this.suiteUrl}/emulator/v1`,
        TOKEN360_TIMEOUT_MS: "20000",
      },
    });
    this.context = await this.browser.newContext({ baseURL: this.server.url, acceptDownloads: true });
    this.playground = new PlaygroundPage(await this.context.newPage());
  }

  async dispose() {
    await this.context?.close();
    await this.server?.dispose();
  }

  /** The app's own API, as the browser calls it (same origin). */
  async api<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.server.url}${path}`, {
      method,
      headers: {
        origin: this.server.url,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
    return (text ? JSON.parse(text) : null) as T;
  }

  /** A 4 s 480p text-to-video with its last frame, made through the app and waited for until kept. */
  async makeKeptVideo(prompt: string): Promise<MadeVideo> {
    const { id } = await this.api<{ id: string }>("POST", "/api/videos?mode=text_to_video", {
      model: "seedance-2.0-fast",
      prompt,
      duration: 4,
      resolution: "480p",
      generate_audio: false,
      return_last_frame: true,
    });
    // Asking for the task is where the app sees it completed, and starts keeping its copy.
    await expect
      .poll(
        async () => (await this.api<{ status: string; kept?: boolean }>("GET", `/api/videos/${id}`)).kept,
        {
          timeout: 120_000,
        },
      )
      .toBe(true);
    return { id, prompt };
  }

  /** What the provider does after its retention: the task and its files are gone. */
  async deleteUpstream(videoId: string) {
    const url = `${this.suiteUrl}/emulator/v1/videos/${videoId}`;
    const headers = { authorization: `Bearer ${this.key}` };
    expect((await fetch(url, { method: "DELETE", headers })).ok).toBe(true);
    expect((await fetch(url, { headers })).status).toBe(404);
  }
}
