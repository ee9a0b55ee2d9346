// @vitest-environment node
import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveFile } from "@/lib/api/serve-file";
import { FILE_CHUNK_BYTES, fileRangeStream, openFile, parseRange } from "@/lib/net/file-range";
import { STREAM_LENGTH_HEADER } from "@/lib/net/stream-length";

// Large enough to take several chunks, odd so no chunk boundary lines up with the end.
const SIZE = 2 * FILE_CHUNK_BYTES + 300_001;
const bytes = randomBytes(SIZE);
let dir: string;
let file: string;
let empty: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "serve-file-"));
  file = path.join(dir, "clip.mp4");
  empty = path.join(dir, "empty.mp4");
  await writeFile(file, bytes);
  await writeFile(empty, "");
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const get = (headers: Record<string, string> = {}, method = "GET") =>
  new Request("http://studio.test/x", { method, headers });

async function serve(headers: Record<string, string> = {}, method = "GET", target = file) {
  const response = await serveFile(get(headers, method), target, { contentType: "video/mp4" });
  if (!response) throw new Error("no response");
  const body = Buffer.from(await response.arrayBuffer());
  return { response, body, header: (name: string) => response.headers.get(name) };
}

describe("parseRange", () => {
  it.each([
    ["bytes=0-0", 100, { start: 0, end: 0 }],
    ["bytes=10-19", 100, { start: 10, end: 19 }],
    ["bytes=90-", 100, { start: 90, end: 99 }],
    ["bytes=90-1000", 100, { start: 90, end: 99 }],
    ["bytes=-10", 100, { start: 90, end: 99 }],
    ["bytes=-1000", 100, { start: 0, end: 99 }],
    [" bytes=1-2 ", 100, { start: 1, end: 2 }],
  ])("reads %s of a %i-byte file as a single range", (header, size, expected) => {
    expect(parseRange(header, size)).toEqual(expected);
  });

  it.each([
    ["bytes=100-", 100],
    ["bytes=100-200", 100],
    ["bytes=5-4", 100],
    ["bytes=-0", 100],
    ["bytes=0-0", 0],
    ["bytes=-5", 0],
  ])("finds %s of a %i-byte file unsatisfiable", (header, size) => {
    expect(parseRange(header, size)).toBe("unsatisfiable");
  });

  it.each([null, "", "bytes=-", "items=0-1", "bytes=0-1,5-6", "bytes=a-b"])(
    "serves the whole file for %j (no header, malformed, or several ranges)",
    (header) => {
      expect(parseRange(header, 100)).toBeNull();
    },
  );
});

describe("serveFile", () => {
  it("serves the whole file with its length, type and validators", async () => {
    const { response, body, header } = await serve();
    expect(response.status).toBe(200);
    expect(body.equals(bytes)).toBe(true);
    expect(header("content-length")).toBe(String(SIZE));
    expect(header(STREAM_LENGTH_HEADER)).toBe(String(SIZE));
    expect(header("content-type")).toBe("video/mp4");
    expect(header("accept-ranges")).toBe("bytes");
    expect(header("etag")).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/);
    expect(header("content-range")).toBeNull();
    expect(header("content-disposition")).toBeNull();
  });

  it("serves bytes=0-0 as the first byte alone", async () => {
    const { response, body, header } = await serve({ range: "bytes=0-0" });
    expect(response.status).toBe(206);
    expect([...body]).toEqual([bytes[0]]);
    expect(header("content-length")).toBe("1");
    expect(header("content-range")).toBe(`bytes 0-0/${SIZE}`);
  });

  it("serves a suffix range as the last bytes of the file", async () => {
    const { response, body, header } = await serve({ range: "bytes=-700000" });
    expect(response.status).toBe(206);
    expect(body.equals(bytes.subarray(SIZE - 700_000))).toBe(true);
    expect(header("content-range")).toBe(`bytes ${SIZE - 700_000}-${SIZE - 1}/${SIZE}`);
    expect(header("content-length")).toBe("700000");
  });

  it("serves an open-ended range across chunk boundaries to the last byte", async () => {
    const start = FILE_CHUNK_BYTES - 1;
    const { response, body, header } = await serve({ range: `bytes=${start}-` });
    expect(response.status).toBe(206);
    expect(body.equals(bytes.subarray(start))).toBe(true);
    expect(header("content-length")).toBe(String(SIZE - start));
  });

  it("answers 416 with the size when the range starts past the end", async () => {
    const { response, body, header } = await serve({ range: `bytes=${SIZE}-` });
    expect(response.status).toBe(416);
    expect(body.length).toBe(0);
    expect(header("content-range")).toBe(`bytes */${SIZE}`);
    expect(header("content-length")).toBeNull();
  });

  it("ignores the range when If-Range names another version of the file", async () => {
    const { response, body } = await serve({ range: "bytes=0-9", "if-range": '"stale"' });
    expect(response.status).toBe(200);
    expect(body.length).toBe(SIZE);
    const { header } = await serve();
    const current = await serve({ range: "bytes=0-9", "if-range": header("etag") ?? "" });
    expect(current.response.status).toBe(206);
    expect(current.body.equals(bytes.subarray(0, 10))).toBe(true);
  });

  it("answers HEAD with the same headers and no body", async () => {
    const { response, body, header } = await serve({ range: "bytes=10-19" }, "HEAD");
    expect(response.status).toBe(206);
    expect(body.length).toBe(0);
    expect(header("content-length")).toBe("10");
    expect(header("content-range")).toBe(`bytes 10-19/${SIZE}`);
  });

  it("serves an empty file as an empty 200 and refuses any range of it", async () => {
    const whole = await serve({}, "GET", empty);
    expect(whole.response.status).toBe(200);
    expect(whole.header("content-length")).toBe("0");
    const ranged = await serve({ range: "bytes=0-0" }, "GET", empty);
    expect(ranged.response.status).toBe(416);
  });

  it("names a download in Content-Disposition", async () => {
    const response = await serveFile(get(), file, { contentType: "video/mp4", downloadName: "clip one.mp4" });
    expect(response?.headers.get("content-disposition")).toBe(
      `attachment; filename="clip_one.mp4"; filename*=UTF-8''clip%20one.mp4`,
    );
    await response?.body?.cancel();
  });

  it("returns null for a missing file or a directory", async () => {
    expect(await serveFile(get(), path.join(dir, "missing.mp4"), { contentType: "video/mp4" })).toBeNull();
    expect(await serveFile(get(), dir, { contentType: "video/mp4" })).toBeNull();
  });
});

describe("fileRangeStream", () => {
  it("reads one chunk ahead of the consumer, no more (backpressure)", async () => {
    const opened = await openFile(file);
    if (!opened) throw new Error("no file");
    let reads = 0;
    const read = opened.handle.read.bind(opened.handle);
    opened.handle.read = ((...args: Parameters<typeof read>) => {
      reads += 1;
      return read(...args);
    }) as typeof opened.handle.read;
    const stream = fileRangeStream(opened.handle, { start: 0, end: SIZE - 1 }, 100_000);
    const reader = stream.getReader();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(reads).toBe(1);
    const first = await reader.read();
    expect(first.value?.length).toBe(100_000);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(reads).toBe(2);
    await reader.cancel();
    // Cancelling closed the file: reading it again fails.
    await expect(read(Buffer.alloc(1), 0, 1, 0)).rejects.toThrow();
  });
});
