import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { onTestFinished } from "vitest";
import { createEmulator } from "@/lib/emulator/create-emulator";
import type { EmulatorOptions } from "@/lib/emulator/options";

// A real emulator on a throwaway data dir for one test, with fast timings, and a small client.

export const KEY = "sk-security-tests-0123456789";
export const ADMIN_TOKEN = "admin-token-for-security-tests-0123";

export type Json = Record<string, unknown>;

export function emulatorForTest(overrides: Partial<EmulatorOptions> = {}) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "security-test-"));
  const emulator = createEmulator({
    dataDir,
    timeScale: 100,
    assetProcessingMs: 0,
    videoQueueMs: 0,
    renderMinMs: 0,
    ...overrides,
  });
  onTestFinished(async () => {
    await emulator.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function send(
    method: string,
    pathname: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) {
    const response = await emulator.fetch(
      new Request(`http://emulator.test/emulator${pathname}`, {
        method,
        headers: {
          authorization: `Bearer ${KEY}`,
          ...(body === undefined ? {} : { "content-type": "application/json" }),
          ...headers,
        },
        body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
      }),
    );
    const text = await response.text();
    let json: Json = {};
    try {
      json = text ? (JSON.parse(text) as Json) : {};
    } catch {
      // not JSON
    }
    return { status: response.status, headers: response.headers, json };
  }

  return { emulator, dataDir, send };
}

export async function upload(
  send: ReturnType<typeof emulatorForTest>["send"],
  emulator: ReturnType<typeof emulatorForTest>["emulator"],
  groupId: string,
) {
  const form = new FormData();
  form.append("groupId", groupId);
  form.append("name", "Portrait");
  form.append("file", new Blob([new Uint8Array(await pngOf(640, 800))], { type: "image/png" }), "p.png");
  const response = await emulator.fetch(
    new Request("http://emulator.test/emulator/v1/assets", {
      method: "POST",
      headers: { authorization: `Bearer ${KEY}` },
      body: form,
    }),
  );
  return { status: response.status, json: (await response.json()) as Json };
}

export const pngOf = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: "#7a5cff" } })
    .png()
    .toBuffer();

export async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
