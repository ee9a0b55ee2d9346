import "server-only";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { Agent, interceptors, request, type Dispatcher } from "undici";

// The upstream client for calls whose answer is read whole (JSON): undici's request() on one
// keep-alive pool, the body collected as bytes and decompressed in one call. The global fetch
// costs about twice the CPU per call here: a Request object, WHATWG streams for the body and a
// zlib stream for the gzip the provider sends, and in a route handler Next's own wrapper around
// fetch on top. Streamed bodies and answers (uploads, video, files) keep using fetch.

/** What a caller reads of an answer; a fetch Response has the same members. */
export interface Answer {
  status: number;
  ok: boolean;
  headers: { get(name: string): string | null };
  /** The body, decompressed and decoded as UTF-8; read once. */
  text(): Promise<string>;
  /** Releases an unread body (and its socket). */
  body: { cancel(): Promise<void> } | null;
}

export interface AnswerInit {
  method?: string;
  headers?: Record<string, string>;
  /** Only whole bodies; streamed ones go through fetch. */
  body?: string | null;
  signal?: AbortSignal | null;
}

export type AnswerFetch = (url: string, init: AnswerInit) => Promise<Answer>;

/** An unread body up to this size is read off so that its socket is reused. */
const DRAIN_BYTES = 64 * 1024;
/** Above this many compressed bytes, inflating runs on libuv's pool instead of blocking the loop. */
const INLINE_INFLATE_BYTES = 256 * 1024;
/** A JSON answer larger than this once inflated is refused (a compression bomb). */
const MAX_INFLATED_BYTES = 64 * 1024 * 1024;

// JSON pages compress well (the emulator's 20 assets: 53.7 KB, 3.4 KB gzipped); over a network
// the bytes saved cost more than inflating them (about 0.1 ms here).
const ACCEPT_ENCODING = "gzip, deflate, br";

type Inflate = (data: Buffer, options: zlib.ZlibOptions & zlib.BrotliOptions) => Buffer;
type InflateAsync = (data: Buffer, options: zlib.ZlibOptions & zlib.BrotliOptions) => Promise<Buffer>;

const INFLATE: Record<string, { sync: Inflate; async: InflateAsync }> = {
  gzip: { sync: zlib.gunzipSync, async: promisify(zlib.gunzip) },
  "x-gzip": { sync: zlib.gunzipSync, async: promisify(zlib.gunzip) },
  deflate: { sync: zlib.inflateSync, async: promisify(zlib.inflate) },
  br: { sync: zlib.brotliDecompressSync, async: promisify(zlib.brotliDecompress) },
};
const RAW_DEFLATE = {
  sync: zlib.inflateRawSync as Inflate,
  async: promisify(zlib.inflateRaw) as InflateAsync,
};

/**
 * "deflate" is meant to be zlib-wrapped (RFC 9110), but some servers send the bare stream; fetch
 * and browsers take both, and so does this: a body without a zlib header is inflated raw.
 */
function hasZlibHeader(data: Buffer): boolean {
  return data.length >= 2 && (data[0]! & 0x0f) === 8 && ((data[0]! << 8) | data[1]!) % 31 === 0;
}

/** Undoes Content-Encoding (codings applied in order, so undone last first). */
export async function decodeBody(bytes: Buffer, contentEncoding: string | null): Promise<Buffer> {
  const codings = (contentEncoding ?? "")
    .split(",")
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== "" && coding !== "identity");
  let data = bytes;
  for (const coding of codings.reverse()) {
    const inflate = coding === "deflate" && !hasZlibHeader(data) ? RAW_DEFLATE : INFLATE[coding];
    if (!inflate) throw new Error(`unsupported content-encoding ${coding}`);
    const options = { maxOutputLength: MAX_INFLATED_BYTES };
    data =
      data.length <= INLINE_INFLATE_BYTES ? inflate.sync(data, options) : await inflate.async(data, options);
  }
  return data;
}

function headerGetter(headers: Record<string, string | string[] | undefined>) {
  return {
    get(name: string): string | null {
      const value = headers[name.toLowerCase()];
      if (value === undefined) return null;
      return Array.isArray(value) ? value.join(", ") : value;
    },
  };
}

/** A fetch-like function on a pool of its own; connection failures reject as fetch's do. */
export function createPooledFetch(): AnswerFetch {
  // Idle sockets are kept as fetch keeps them (4 s, or less when the server says so), and
  // redirects are followed as fetch follows them, the key dropped when the origin changes.
  const pool = new Agent().compose(interceptors.redirect({ maxRedirections: 3 }));

  return async function pooledFetch(url, init) {
    const answer = await request(url, {
      method: (init.method ?? "GET") as Dispatcher.HttpMethod,
      headers: { "accept-encoding": ACCEPT_ENCODING, ...init.headers },
      body: init.body ?? null,
      signal: init.signal ?? undefined,
      dispatcher: pool,
    });
    const headers = headerGetter(answer.headers);
    let used = false;
    return {
      status: answer.statusCode,
      ok: answer.statusCode >= 200 && answer.statusCode < 300,
      headers,
      async text() {
        if (used) throw new TypeError("the body was already read");
        used = true;
        const bytes = Buffer.from(await answer.body.arrayBuffer());
        return (await decodeBody(bytes, headers.get("content-encoding"))).toString("utf8");
      },
      body: {
        async cancel() {
          used = true;
          // A short error body is read off to keep the connection; a longer one closes it.
          await answer.body.dump({ limit: DRAIN_BYTES }).catch(() => undefined);
        },
      },
    };
  };
}

let shared: AnswerFetch | undefined;

/** The process's one pool for upstream JSON calls (every provider shares it, per origin). */
export function pooledFetch(url: string, init: AnswerInit): Promise<Answer> {
  shared ??= createPooledFetch();
  return shared(url, init);
}
