import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { createEmulator } from "@/lib/emulator/create-emulator";
import type { Emulator, EmulatorOptions } from "@/lib/emulator/options";

// Test factories: images made with sharp, emulators on throwaway data dirs, and request helpers.

export const ORIGIN = "http://emulator.test";
export const API = `${ORIGIN}/emulator/v1`;
export const KEY_A = "sk-tenant-a-0123456789abcdef";
export const KEY_B = "sk-tenant-b-0123456789abcdef";

export interface ImageOptions {
  width?: number;
  height?: number;
  format?: "png" | "jpeg" | "webp";
  color?: string;
}

/** A real image with a bit of structure (so encoders and thumbnails have something to do). */
export async function makeImage(options: ImageOptions = {}): Promise<Buffer> {
  const { width = 640, height = 480, format = "png", color = "#3366cc" } = options;
  const r = Math.min(width, height) / 3;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="${color}"/><circle cx="${width / 2}" cy="${height / 2}" r="${r}" fill="#fff"/></svg>`;
  return sharp(Buffer.from(svg)).toFormat(format).toBuffer();
}

export const dataUrl = (bytes: Buffer, mimeType = "image/png") =>
  `data:${mimeType};base64,${bytes.toString("base64")}`;

export interface TestEmulator {
  emulator: Emulator;
  dataDir: string;
  options: EmulatorOptions;
  /** Re-creates the emulator on the same data dir (a restart). */
  restart(overrides?: Partial<EmulatorOptions>): Promise<Emulator>;
  dispose(): Promise<void>;
}

/** Fast defaults: short delays, so lifecycles finish within a test. */
export function startEmulator(overrides: Partial<EmulatorOptions> = {}): TestEmulator {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "emulator-test-"));
  const options: EmulatorOptions = {
    dataDir,
    timeScale: 100,
    assetProcessingMs: 1000,
    videoQueueMs: 500,
    renderMinMs: 1000,
    admin: true,
    ...overrides,
  };
  const state: TestEmulator = {
    emulator: createEmulator(options),
    dataDir,
    options,
    async restart(more = {}) {
      await state.emulator.close();
      state.emulator = createEmulator({ ...options, ...more });
      return state.emulator;
    },
    async dispose() {
      await state.emulator.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return state;
}

export type Json = Record<string, unknown> & { [key: string]: unknown };

export function call(emulator: Emulator, key: string | null) {
  const headers = (extra: Record<string, string> = {}) => ({
    ...(key ? { Authorization: `Bearer ${key}` } : {}),
    ...extra,
  });
  const send = async (method: string, pathname: string, body?: unknown) => {
    const init: RequestInit = {
      method,
      headers: headers(body === undefined ? {} : { "Content-Type": "application/json" }),
    };
    if (body !== undefined) init.body = JSON.stringify(body);
    const response = await emulator.fetch(new Request(`${API}${pathname}`, init));
    const text = await response.text();
    let json: Json = {};
    try {
      json = text ? (JSON.parse(text) as Json) : {};
    } catch {
      // binary or HTML body
    }
    return { status: response.status, json, headers: response.headers, text };
  };
  return {
    get: (p: string) => send("GET", p),
    post: (p: string, body?: unknown) => send("POST", p, body),
    patch: (p: string, body?: unknown) => send("PATCH", p, body),
    delete: (p: string) => send("DELETE", p),
    raw: (p: string, init: RequestInit = {}) =>
      emulator.fetch(
        new Request(p.startsWith("http") ? p : `${API}${p}`, {
          ...init,
          headers: { ...headers(), ...(init.headers as Record<string, string>) },
        }),
      ),
    async upload(fields: Record<string, string>, file?: { bytes: Buffer; name?: string; type?: string }) {
      const form = new FormData();
      for (const [name, value] of Object.entries(fields)) form.append(name, value);
      if (file)
        form.append(
          "file",
          new Blob([new Uint8Array(file.bytes)], { type: file.type ?? "image/png" }),
          file.name ?? "image.png",
        );
      const response = await emulator.fetch(
        new Request(`${API}/assets`, { method: "POST", headers: headers(), body: form }),
      );
      return { status: response.status, json: (await response.json()) as Json };
    },
  };
}

/** Polls until `check` passes or the time runs out. */
export async function waitFor<T>(
  read: () => Promise<T>,
  check: (value: T) => boolean,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (check(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`Timed out waiting; last value: ${JSON.stringify(value).slice(0, 500)}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Creates a group (active unless Real Face) and uploads one image that becomes active. */
export async function activePortraitAsset(emulator: Emulator, key: string, kind = "VIRTUAL_PORTRAIT") {
  const api = call(emulator, key);
  const group = await api.post("/asset-groups", { name: "Hero", groupKind: kind });
  const groupId = (group.json.data as Json).groupId as string;
  const upload = await api.upload({ groupId, name: "hero" }, { bytes: await makeImage() });
  const assetId = (upload.json.data as Json).assetId as string;
  await waitFor(
    () => api.get(`/assets/${assetId}`),
    (r) => (r.json.data as Json)?.status === "active",
  );
  return { groupId, assetId };
}

/** Serves an emulator on a real local port (for the OpenAI SDK and curl-like clients). */
export async function serveOverHttp(
  emulator: Emulator,
): Promise<{ origin: string; close: () => Promise<void> }> {
  const { createServer } = await import("node:http");
  const { Readable } = await import("node:stream");
  const server = createServer((req, res) => {
    const url = `http://${req.headers.host}${req.url}`;
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === "string") headers.set(name, value);
      else if (Array.isArray(value)) headers.set(name, value.join(", "));
    }
    const hasBody = req.method !== "GET" && req.method !== "HEAD";
    const init = {
      method: req.method,
      headers,
      body: hasBody ? (Readable.toWeb(req) as ReadableStream) : undefined,
      duplex: "half",
    };
    void emulator
      .fetch(new Request(url, init as RequestInit))
      .then(async (response) => {
        res.writeHead(response.status, Object.fromEntries(response.headers));
        if (!response.body) return res.end();
        for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) res.write(chunk);
        res.end();
      })
      .catch((error: unknown) => {
        res.writeHead(500);
        res.end(String(error));
      });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address() as { port: number };
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface ProbeResult {
  streams: {
    codec_type: string;
    codec_name: string;
    width?: number;
    height?: number;
    pix_fmt?: string;
    duration?: string;
  }[];
  format: { duration: string };
}

/** ffprobe of an MP4 written to a temp file. */
export async function probeBytes(bytes: Uint8Array): Promise<ProbeResult> {
  const { execFile } = await import("node:child_process");
  const { writeFileSync } = await import("node:fs");
  const ffprobe = (await import("@ffprobe-installer/ffprobe")).default.path;
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "probe-")), "video.mp4");
  writeFileSync(file, bytes);
  const out = await new Promise<string>((resolve, reject) =>
    execFile(
      ffprobe,
      ["-v", "error", "-show_streams", "-show_format", "-of", "json", file],
      (error, stdout) => (error ? reject(error) : resolve(stdout)),
    ),
  );
  rmSync(path.dirname(file), { recursive: true, force: true });
  return JSON.parse(out) as ProbeResult;
}

/** Submits a video and waits for its terminal state. */
export async function renderAndWait(
  emulator: Emulator,
  key: string,
  body: Record<string, unknown>,
  timeoutMs = 45_000,
) {
  const api = call(emulator, key);
  const created = await api.post("/videos", body);
  if (created.status !== 200) throw new Error(`submit failed: ${created.status} ${created.text}`);
  const id = created.json.id as string;
  const done = await waitFor(
    () => api.get(`/videos/${id}`),
    (r) => r.json.status === "completed" || r.json.status === "failed",
    timeoutMs,
  );
  return done.json;
}

/** A mono 16-bit PCM WAV tone, for audio references. */
export function makeWav(seconds: number, frequency = 440, sampleRate = 16_000): Buffer {
  const samples = Math.round(seconds * sampleRate);
  const buffer = Buffer.alloc(44 + samples * 2);
  buffer.write("RIFF", 0, "ascii");
  buffer.writeUInt32LE(36 + samples * 2, 4);
  buffer.write("WAVEfmt ", 8, "ascii");
  buffer.writeUInt32LE(16, 16);
  buffer.writeUInt16LE(1, 20);
  buffer.writeUInt16LE(1, 22);
  buffer.writeUInt32LE(sampleRate, 24);
  buffer.writeUInt32LE(sampleRate * 2, 28);
  buffer.writeUInt16LE(2, 32);
  buffer.writeUInt16LE(16, 34);
  buffer.write("data", 36, "ascii");
  buffer.writeUInt32LE(samples * 2, 40);
  for (let i = 0; i < samples; i++) {
    buffer.writeInt16LE(Math.round(8000 * Math.sin((2 * Math.PI * frequency * i) / sampleRate)), 44 + i * 2);
  }
  return buffer;
}
