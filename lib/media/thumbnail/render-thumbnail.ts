import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rename, rm } from "node:fs/promises";
import path from "node:path";
import pLimit, { type LimitFunction } from "p-limit";
import type { ThumbnailJob, ThumbnailResult } from "./thumbnail-child.mjs";

// Thumbnails for the BFF's uploads and the emulator's assets, each rendered in a short-lived
// child process (thumbnail-child.mjs):
// - decoding a 29 MB PNG costs libvips ~15 MB that the server's allocator would keep for good;
//   the child gives it back to the system when it exits (a worker thread would share the heap);
// - a damaged file that crashes the decoder takes down the child, not the server;
// - the child gets an empty environment, so no secret can reach it.
// The script is a plain file run by path, not an import: `next build` bundles server code but
// not this file, so it is found from the working directory, which is the project for Vitest and
// `next start`, and the server's own folder for the standalone server (next.config.ts traces it
// there). sharp resolves from beside it, out of node_modules, as serverExternalPackages keeps it.

export type ThumbnailOptions = Omit<ThumbnailJob, "source" | "target">;

/** Renders running at once, per server process: ten uploads must not start ten decoders. */
export const RENDERS_AT_ONCE = 2;
const RENDER_TIMEOUT_MS = 60_000;

export const THUMBNAIL_CHILD = path.join(process.cwd(), "lib", "media", "thumbnail", "thumbnail-child.mjs");

// On globalThis because Next may load this module more than once (route bundles), and the limit
// holds for the process, the BFF and the in-process emulator together.
const store = globalThis as typeof globalThis & { __portraitStudioThumbnailLimit?: LimitFunction };
const limit = (store.__portraitStudioThumbnailLimit ??= pLimit(RENDERS_AT_ONCE));

/** The image could not be turned into a thumbnail; the message is the decoder's own. */
export class ThumbnailError extends Error {
  override name = "ThumbnailError";
}

function runChild(job: ThumbnailJob): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [THUMBNAIL_CHILD, JSON.stringify(job)],
      { env: { NODE_ENV: "production" }, timeout: RENDER_TIMEOUT_MS },
      (error, stdout, stderr) => {
        if (error?.killed)
          return reject(new ThumbnailError(`No thumbnail after ${RENDER_TIMEOUT_MS / 1000} s`));
        if (error)
          return reject(
            new Error(`The thumbnail renderer failed: ${String(stderr).trim() || error.message}`),
          );
        const result = JSON.parse(String(stdout)) as ThumbnailResult;
        if (result.ok) resolve();
        else reject(new ThumbnailError(result.reason));
      },
    );
  });
}

/** Writes a WebP thumbnail of `source` to `target`, whole or not at all (temp file + rename). */
export async function renderThumbnail(
  source: string,
  target: string,
  options: ThumbnailOptions,
): Promise<void> {
  const temp = `${target}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    await limit(() => runChild({ ...options, source, target: temp }));
    await rename(temp, target);
  } finally {
    await rm(temp, { force: true });
  }
}
