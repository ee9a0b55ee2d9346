import { expect, test } from "@playwright/test";
import { existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { startNextServer, type NextServer } from "../support/next-server.mjs";
import { startSlowProxy, type SlowProxy } from "../support/slow-proxy";
import { startPrivateServer } from "./support/private-server";
import { StudioApi, TEXT_TO_VIDEO } from "./support/studio-api";

// The server dies while it copies a finished video into its archive (a deploy, an OOM kill).
// The copy is recorded as pending in the task index and its bytes so far sit in a .part file,
// so the next start continues it from there (a Range request), and the kept file ends whole,
// byte for byte the provider's. The app talks to an emulator over HTTP with a key of its own,
// through a proxy that sends video files slowly enough to be interrupted.

const KEY = "sk-archive-restart-0123456789abcdef";
const servers: NextServer[] = [];
let proxy: SlowProxy | undefined;

test.afterAll(async () => {
  for (const server of servers) await server.stop();
  await proxy?.close();
  for (const server of servers) await server.dispose();
});

const appServer = (upstream: string, dataDir?: string) =>
  startNextServer({
    label: "archive-restart",
    dataDir,
    env: {
      TOKEN360_API_KEY: KEY,
      TOKEN360_BASE_URL: `${upstream}/emulator/v1`,
      TOKEN360_TIMEOUT_MS: "20000",
    },
  });

const sizeOf = async (file: string) => (await stat(file).catch(() => null))?.size ?? 0;

test("a copy interrupted by a server crash resumes after the restart and the kept file is whole", async () => {
  test.setTimeout(180_000);
  const provider = await startPrivateServer();
  servers.push(provider);
  proxy = await startSlowProxy(provider.url, (p) => p.startsWith("/emulator/files/videos/"), {
    chunkBytes: 2048,
    delayMs: 100,
  });
  const first = await appServer(proxy.url);
  servers.push(first);
  let api = new StudioApi(first.url);

  const created = await api.createVideo(TEXT_TO_VIDEO);
  expect(created.status, first.log()).toBe(201);
  const videoId = created.body.id;
  const kept = path.join(first.dataDir, "archive", "token360", `${videoId}.mp4`);
  const part = `${kept}.part`;
  // Seeing the task completed starts the copy.
  await expect.poll(async () => (await api.getVideo(videoId)).status, { timeout: 90_000 }).toBe("completed");
  await expect.poll(() => sizeOf(part), { timeout: 30_000 }).toBeGreaterThan(16_384);

  await first.crash();
  const copied = await sizeOf(part);
  expect(existsSync(kept)).toBe(false);
  const original = Buffer.from(
    await (
      await fetch(`${provider.url}/emulator/v1/videos/${videoId}/content?format=binary`, {
        headers: { authorization: `Bearer ${KEY}` },
      })
    ).arrayBuffer(),
  );
  expect(copied).toBeLessThan(original.length);

  // The next start finds the pending copy in the task index and continues it; nobody asks.
  const second = await appServer(proxy.url, first.dataDir);
  servers.push(second);
  await expect.poll(() => existsSync(kept), { timeout: 60_000 }).toBe(true);
  expect((await readFile(kept)).equals(original)).toBe(true);
  expect(existsSync(part)).toBe(false);
  // Resumed from the bytes it had, not started over.
  const resumedAt = proxy.ranges
    .map((range) => /^bytes=(\d+)-$/.exec(range)?.[1])
    .filter((from): from is string => from !== undefined)
    .map(Number);
  expect(resumedAt.some((from) => from > 0 && from <= copied)).toBe(true);

  api = new StudioApi(second.url);
  expect(await api.ok<{ kept: boolean }>("GET", `/api/videos/${videoId}`)).toMatchObject({ kept: true });
  const played = await fetch(`${second.url}/api/videos/${videoId}/content`);
  expect(played.status).toBe(200);
  expect(Buffer.from(await played.arrayBuffer()).equals(original)).toBe(true);
});
