// @vitest-environment node
import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FILE_CHUNK_BYTES, fileRangeStream, openFile } from "@/lib/net/file-range";
import { getVideoContent } from "@/lib/token360/video-content";
import { stubFetch, testUpstream } from "./factories";

// The in-process emulator answers with its file stream; the content route must hand that very
// stream on: no copy, no re-chunking into smaller pieces, no buffering in between.

const bytes = randomBytes(2 * FILE_CHUNK_BYTES + 12_345);
let dir: string;
let file: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "video-content-body-"));
  file = path.join(dir, "clip.mp4");
  await writeFile(file, bytes);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("getVideoContent", () => {
  it("hands the upstream's body on as the same stream, in the chunks it was read in", async () => {
    const opened = await openFile(file);
    if (!opened) throw new Error("no file");
    const body = fileRangeStream(opened.handle, { start: 0, end: bytes.length - 1 });
    const { fetch } = stubFetch(() => new Response(body, { status: 200 }));
    const response = await getVideoContent("vid_1", null, undefined, testUpstream(fetch));
    expect(response.body).toBe(body);
    const sizes: number[] = [];
    const received: Uint8Array[] = [];
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      sizes.push(chunk.byteLength);
      received.push(chunk);
    }
    expect(sizes).toEqual([FILE_CHUNK_BYTES, FILE_CHUNK_BYTES, 12_345]);
    expect(Buffer.concat(received).equals(bytes)).toBe(true);
  });
});
