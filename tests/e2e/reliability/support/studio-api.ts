// The browser's API (docs/BFF.md) as a test talks to it: same-origin JSON and multipart, the
// normalized types back. Plain fetch against an absolute server URL, so it works for any server.

export interface AssetSummary {
  assetId: string;
  name: string;
  status: string;
  groupId: string | null;
}

export interface VideoSummary {
  id: string;
  status: string;
  progress: number | null;
  contentUrl: string | null;
}

export class StudioApi {
  constructor(readonly url: string) {}

  /** Every mutation carries the Origin a browser on this server would send. */
  private headers(extra: Record<string, string> = {}): Record<string, string> {
    return { origin: this.url, ...extra };
  }

  async json<T>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
    const response = await fetch(`${this.url}${path}`, {
      method,
      headers: this.headers(body === undefined ? {} : { "content-type": "application/json" }),
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
  }

  async ok<T>(method: string, path: string, body?: unknown): Promise<T> {
    const { status, body: answer } = await this.json<T>(method, path, body);
    if (status >= 300) throw new Error(`${method} ${path} answered ${status}: ${JSON.stringify(answer)}`);
    return answer;
  }

  createGroup(name: string): Promise<{ id: string }> {
    return this.ok("POST", "/api/asset-groups", { name, kind: "VIRTUAL_PORTRAIT" });
  }

  async upload(groupId: string, name: string, image: Buffer, type = "image/jpeg") {
    const form = new FormData();
    // Fields before the file: the order the app's own form uses, so the file streams straight through.
    form.append("name", name);
    form.append("groupId", groupId);
    form.append("file", new Blob([new Uint8Array(image)], { type }), `${name}.jpg`);
    const response = await fetch(`${this.url}/api/assets`, {
      method: "POST",
      headers: this.headers(),
      body: form,
    });
    return { status: response.status, body: (await response.json()) as AssetSummary };
  }

  async listAssets(query = "pageSize=100"): Promise<{ items: AssetSummary[]; total: number }> {
    return this.ok("GET", `/api/assets?${query}`);
  }

  async listVideos(): Promise<VideoSummary[]> {
    const page = await this.ok<{ items: VideoSummary[] }>("GET", "/api/videos?limit=100");
    return page.items;
  }

  getVideo(id: string): Promise<VideoSummary> {
    return this.ok("GET", `/api/videos/${id}`);
  }

  createVideo(body: Record<string, unknown>) {
    return this.json<VideoSummary & { error?: { code: string; message: string } }>(
      "POST",
      "/api/videos",
      body,
    );
  }
}

/** The smallest valid Seedance request: text to video, short and small. */
export const TEXT_TO_VIDEO = {
  model: "seedance-2.0-fast",
  prompt: "A paper boat drifts across a calm pond at dawn",
  duration: 4,
  resolution: "480p",
  aspect_ratio: "16:9",
  generate_audio: false,
} as const;
