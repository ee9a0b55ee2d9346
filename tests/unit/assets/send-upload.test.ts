import { afterEach, describe, expect, it, vi } from "vitest";
import { ClientApiError } from "@/lib/client/api-error";
import { sendUpload } from "@/lib/queries/send-upload";

// The browser's XMLHttpRequest, answered by hand: what the uploader sends, and how it reads
// the server's answers (the same error envelope parser as fetchJson).

interface Answer {
  status: number;
  statusText?: string;
  body: string;
}

let sent: { method: string; url: string; form: FormData } | null = null;

function answerWith(answer: Answer) {
  class FakeXhr {
    status = 0;
    statusText = "";
    responseText = "";
    upload: { onprogress: ((event: ProgressEvent) => void) | null } = { onprogress: null };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    onabort: (() => void) | null = null;
    private method = "";
    private url = "";
    open(method: string, url: string) {
      this.method = method;
      this.url = url;
    }
    send(form: FormData) {
      sent = { method: this.method, url: this.url, form };
      this.upload.onprogress?.({ lengthComputable: true, loaded: 5, total: 10 } as ProgressEvent);
      queueMicrotask(() => {
        Object.assign(this, {
          status: answer.status,
          statusText: answer.statusText ?? "",
          responseText: answer.body,
        });
        this.onload?.();
      });
    }
    abort() {
      this.onabort?.();
    }
  }
  vi.stubGlobal("XMLHttpRequest", FakeXhr);
}

const input = () => ({
  file: new File([new Uint8Array(8)], "hero.png", { type: "image/png" }),
  name: "Hero",
  groupId: "grp_1",
  retention: "none" as const,
});

const asset = {
  assetId: "ta_0123456789abcdef0123456789abcdef",
  name: "Hero",
  groupId: "grp_1",
  groupName: null,
  kind: "VIRTUAL_PORTRAIT",
  mediaType: "image",
  status: "processing",
  failureReason: null,
  mimeType: "image/png",
  sizeBytes: 8,
  width: 800,
  height: 1000,
  expiresAt: null,
  createdAt: null,
  previewUrl: "/api/assets/ta_0123456789abcdef0123456789abcdef/preview",
};

afterEach(() => {
  vi.unstubAllGlobals();
  sent = null;
});

describe("sendUpload", () => {
  it("posts the text fields before the file and reports progress", async () => {
    answerWith({ status: 201, body: JSON.stringify(asset) });
    const progress: number[] = [];
    await expect(sendUpload(input(), { onProgress: (p) => progress.push(p) })).resolves.toEqual(asset);
    expect(sent?.method).toBe("POST");
    expect(sent?.url).toBe("/api/assets");
    expect([...(sent?.form.keys() ?? [])]).toEqual(["name", "groupId", "retention", "file"]);
    expect(progress).toEqual([50]);
  });

  it("rebuilds the server's error from the app's error envelope", async () => {
    const envelope = {
      error: { code: "validation_error", message: "Too small.", details: { limit: "side" } },
    };
    answerWith({ status: 400, body: JSON.stringify(envelope) });
    const error = await sendUpload(input()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClientApiError);
    expect(error).toMatchObject({
      status: 400,
      code: "validation_error",
      message: "Too small.",
      details: { limit: "side" },
    });
  });

  it("names the status when the answer is not the envelope (a proxy's page)", async () => {
    answerWith({ status: 502, statusText: "Bad Gateway", body: "<html>bad gateway</html>" });
    await expect(sendUpload(input())).rejects.toMatchObject({
      status: 502,
      code: "http_error",
      message: "The server answered 502 Bad Gateway",
    });
  });

  it("refuses a success answer that is not an asset", async () => {
    answerWith({ status: 201, body: "{}" });
    await expect(sendUpload(input())).rejects.toMatchObject({ code: "invalid_response" });
  });
});
