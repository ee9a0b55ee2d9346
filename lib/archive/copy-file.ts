import { createWriteStream } from "node:fs";
import { mkdir, open, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { PART_SUFFIX } from "./layout";

// One file copied from a response to disk without holding it in memory: the body streams into
// `<target>.part`, which is synced and renamed into place once whole, so the target is either
// absent or complete. A .part left by a crash is continued with a Range request from its size;
// a source that answers the whole file instead starts it over. A source that sends nothing for
// a minute is given up on (the copy is then retried), so a stalled link cannot hold a slot.

const IDLE_MS = 60_000;

/** Opens the source; `from` > 0 asks for the bytes from there on (a source may ignore it). */
export type OpenSource = (from: number, signal: AbortSignal) => Promise<Response>;

export class CopyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CopyError";
  }
}

const sizeOf = async (file: string) => (await stat(file).catch(() => null))?.size ?? 0;

/** Where the answer starts and the file's whole size, from a 206's Content-Range. */
function rangeOf(response: Response): { start: number; total: number | null } | null {
  const match = /^bytes (\d+)-\d+\/(\d+|\*)$/.exec(response.headers.get("content-range") ?? "");
  if (!match) return null;
  return { start: Number(match[1]), total: match[2] === "*" ? null : Number(match[2]) };
}

/** Copies the source into `target`; returns its size in bytes. */
export async function copyToFile(
  openSource: OpenSource,
  target: string,
  signal: AbortSignal,
  idleMs = IDLE_MS,
): Promise<number> {
  const idle = new AbortController();
  const timer = setTimeout(
    () => idle.abort(new CopyError(`the source sent nothing for ${idleMs} ms`)),
    idleMs,
  );
  try {
    return await copyWatched(openSource, target, AbortSignal.any([signal, idle.signal]), () =>
      timer.refresh(),
    );
  } finally {
    clearTimeout(timer);
  }
}

async function copyWatched(
  openSource: OpenSource,
  target: string,
  signal: AbortSignal,
  alive: () => void,
): Promise<number> {
  const part = `${target}${PART_SUFFIX}`;
  await mkdir(path.dirname(target), { recursive: true });
  const already = await sizeOf(part);
  const response = await openSource(already, signal);
  if (response.status === 416) {
    // The part is not a prefix of this file (it changed, or grew past it): start over next time.
    await response.body?.cancel().catch(() => undefined);
    await rm(part, { force: true });
    throw new CopyError("the source refused to resume the copy; it starts over");
  }
  if (!response.body || (response.status !== 200 && response.status !== 206)) {
    await response.body?.cancel().catch(() => undefined);
    throw new CopyError(`the source answered HTTP ${response.status}`);
  }
  const range = response.status === 206 ? rangeOf(response) : null;
  if (response.status === 206 && range?.start !== already) {
    await response.body.cancel().catch(() => undefined);
    throw new CopyError("the source answered another range than asked");
  }
  const resuming = range !== null && already > 0;
  const length = Number(response.headers.get("content-length") ?? Number.NaN);
  const expected = range?.total ?? (Number.isFinite(length) ? length + (resuming ? already : 0) : null);
  const body = Readable.fromWeb(response.body as unknown as NodeReadableStream<Uint8Array>);
  const watchdog = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      alive();
      callback(null, chunk);
    },
  });
  await pipeline(body, watchdog, createWriteStream(part, { flags: resuming ? "a" : "w" }), { signal });
  const size = await sizeOf(part);
  if (expected !== null && size !== expected) {
    throw new CopyError(`the copy has ${size} bytes where the source announced ${expected}`);
  }
  // Synced before the rename, so a power loss cannot leave a complete name on partial data.
  const handle = await open(part, "r+");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(part, target);
  return size;
}
