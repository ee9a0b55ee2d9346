import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { onTestFinished } from "vitest";
import { createEmulator } from "@/lib/emulator/create-emulator";
import type { Emulator, EmulatorOptions } from "@/lib/emulator/options";
import { makeImage } from "./media";

// The emulator's test fixture: an emulator on a throwaway data dir that goes away with the
// test, a client for its API, and the few steps many tests share (a group, an active portrait
// asset, a finished video). Media makers are in media.ts, a real HTTP port in serve-over-http.ts.

export const ORIGIN = "http://emulator.test";
export const API = `${ORIGIN}/emulator/v1`;
export const KEY_A = "sk-tenant-a-0123456789abcdef";
export const KEY_B = "sk-tenant-b-0123456789abcdef";
/** The admin routes refuse every request without the emulator's admin token. */
export const ADMIN_TOKEN = "admin-token-for-emulator-tests-0123";
export const ADMIN_HEADERS = { "X-Admin-Token": ADMIN_TOKEN };

export interface TestEmulator {
  emulator: Emulator;
  dataDir: string;
  options: EmulatorOptions;
  /** Re-creates the emulator on the same data dir (a restart). */
  restart(overrides?: Partial<EmulatorOptions>): Promise<Emulator>;
  dispose(): Promise<void>;
}

/** Fast defaults: short delays, so lifecycles finish within a test. Dispose it yourself. */
export function startEmulator(overrides: Partial<EmulatorOptions> = {}): TestEmulator {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "emulator-test-"));
  const options: EmulatorOptions = {
    dataDir,
    timeScale: 100,
    assetProcessingMs: 1000,
    videoQueueMs: 500,
    renderMinMs: 1000,
    admin: true,
    adminToken: ADMIN_TOKEN,
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

/** An emulator for the running test only: closed and its data dir deleted when the test ends. */
export function testEmulator(overrides: Partial<EmulatorOptions> = {}): TestEmulator {
  const env = startEmulator(overrides);
  onTestFinished(() => env.dispose());
  return env;
}

/** Names of the files in one of the emulator's folders (e.g. "tmp", "files/videos"). */
export const filesIn = (env: TestEmulator, folder: string) =>
  readdirSync(path.join(env.dataDir, "emulator", folder));

/** Command lines of the ffmpeg processes working in a data dir (a render in flight). */
export const ffmpegRunningIn = (dataDir: string) =>
  execFileSync("ps", ["-eo", "args"], { encoding: "utf8" })
    .split("\n")
    .filter((line) => line.includes("ffmpeg") && line.includes(dataDir));

/** The cheapest real render: 4 s of 480p without audio. */
export const quickVideo = (prompt: string) => ({
  model: "seedance-2.0",
  prompt,
  duration: 4,
  resolution: "480p",
  generate_audio: false,
});

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

/** Creates an asset group (Virtual Portrait unless told otherwise) and returns its id. */
export async function createGroup(emulator: Emulator, key: string, name = "Hero", kind = "VIRTUAL_PORTRAIT") {
  const group = await call(emulator, key).post("/asset-groups", { name, groupKind: kind });
  return (group.json.data as Json).groupId as string;
}

/** Creates a group (active unless Real Face) and uploads one image that becomes active. */
export async function activePortraitAsset(emulator: Emulator, key: string, kind = "VIRTUAL_PORTRAIT") {
  const api = call(emulator, key);
  const groupId = await createGroup(emulator, key, "Hero", kind);
  const upload = await api.upload({ groupId, name: "hero" }, { bytes: await makeImage() });
  const assetId = (upload.json.data as Json).assetId as string;
  await waitFor(
    () => api.get(`/assets/${assetId}`),
    (r) => (r.json.data as Json)?.status === "active",
  );
  return { groupId, assetId };
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
