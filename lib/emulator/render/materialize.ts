import { createWriteStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import type { GuardedFetch } from "@/lib/net/guarded-fetch";
import type { MediaKind } from "@/lib/video/infer-mode";
import { MEDIA_OF_TYPE, sniffType } from "@/lib/media/sniff";
import type { AssetRepo } from "../db/assets-repo";
import { parseInternalFileUrl } from "../http/signed-urls";
import type { Layout } from "../storage/layout";
import { INPUT_LIMITS, type PreparedInput } from "../videos/prepared-input";
import { probeMedia, type MediaProbe } from "./probe";
import { RenderFailure } from "./render-failure";

// Turns a task's inputs into local files when its render starts. Library assets and our own
// files are read in place; outside URLs are downloaded through the guarded fetch (public
// addresses only, every redirect re-checked) with a timeout and a byte cap. A failed download
// fails the task with the same words whatever went wrong, so the task's error never tells what
// answers at an address (no status, no connection error, no body).

export interface LocalInput extends PreparedInput {
  path: string;
  probe: MediaProbe | null;
}

export interface MaterializeContext {
  tenantId: number;
  assets: AssetRepo;
  layout: Layout;
  now: () => number;
  workDir: string;
  signal: AbortSignal;
  fetch: GuardedFetch;
}

const DOWNLOAD_TIMEOUT_MS = 15_000;

async function download(input: PreparedInput, target: string, ctx: MaterializeContext) {
  const { signal } = ctx;
  const maxBytes = INPUT_LIMITS[input.media];
  const failed = () =>
    new RenderFailure("InputFetchFailed", `The input at ${input.param} could not be downloaded`);
  const timeout = AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS);
  const response = await ctx.fetch(input.url, { signal: AbortSignal.any([signal, timeout]) }).catch(() => {
    if (signal.aborted) throw signal.reason;
    throw failed();
  });
  if (!response.ok || !response.body) {
    await response.body?.cancel().catch(() => undefined);
    throw failed();
  }
  let seen = 0;
  const cap = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      seen += chunk.length;
      callback(
        seen > maxBytes
          ? new RenderFailure("InputTooLarge", `The input at ${input.param} is larger than ${maxBytes} bytes`)
          : null,
        chunk,
      );
    },
  });
  const body = Readable.fromWeb(response.body as unknown as NodeReadableStream<Uint8Array>);
  await pipeline(body, cap, createWriteStream(target)).catch((error: unknown) => {
    if (signal.aborted) throw signal.reason;
    throw error instanceof RenderFailure ? error : failed();
  });
}

async function localPath(input: PreparedInput, index: number, ctx: MaterializeContext): Promise<string> {
  if (input.url.startsWith("asset://")) {
    const assetId = input.url.slice("asset://".length);
    const asset = ctx.assets.get(ctx.tenantId, assetId, ctx.now());
    if (!asset || asset.status !== "active") {
      const state = asset ? `is ${asset.status}` : "no longer exists";
      throw new RenderFailure("InvalidParameter", `Asset validation failed: ${assetId} ${state}`);
    }
    return ctx.layout.fileOf("assets", asset.file_name);
  }
  const ref = parseInternalFileUrl(input.url);
  if (ref) return ctx.layout.fileOf(ref.bucket, ref.name);
  const target = path.join(ctx.workDir, `download-${index}`);
  await download(input, target, ctx);
  return target;
}

async function sniffFile(file: string): Promise<MediaKind | null> {
  const handle = await open(file, "r");
  try {
    const head = Buffer.alloc(64);
    const { bytesRead } = await handle.read(head, 0, 64, 0);
    return MEDIA_OF_TYPE[sniffType(head.subarray(0, bytesRead))];
  } finally {
    await handle.close();
  }
}

export async function materializeInputs(
  inputs: PreparedInput[],
  ctx: MaterializeContext,
): Promise<LocalInput[]> {
  const out: LocalInput[] = [];
  for (const [index, input] of inputs.entries()) {
    const file = await localPath(input, index, ctx);
    // A file under the emulator's data dir, never a project file: keeps the build from tracing the project.
    if (!(await stat(/*turbopackIgnore: true*/ file).catch(() => null))) {
      throw new RenderFailure("InvalidParameter", `The input at ${input.param} is no longer available`);
    }
    const media = await sniffFile(file);
    if (media !== input.media) {
      throw new RenderFailure(
        "InvalidParameter",
        `The input at ${input.param} is not a supported ${input.media} file`,
      );
    }
    let probe: MediaProbe | null = null;
    if (media !== "image") {
      probe = await probeMedia(file, ctx.signal).catch(() => {
        if (ctx.signal.aborted) throw ctx.signal.reason;
        throw new RenderFailure("InvalidParameter", `The ${media} at ${input.param} could not be read`);
      });
      if (media === "video" ? !probe.hasVideo : !probe.hasAudio) {
        throw new RenderFailure("InvalidParameter", `The ${media} at ${input.param} has no ${media} stream`);
      }
    }
    out.push({ ...input, path: file, probe });
  }
  return out;
}
