import { rm } from "node:fs/promises";
import { studioClient } from "./support/clients.mjs";
import { bigNoisyPng, tinyJpeg } from "./support/images.mjs";
import { collectionsBetween, gcObserved } from "./support/gc-log.mjs";
import { watchMemory } from "./support/memory.mjs";
import { startServer } from "./support/server.mjs";
import { figure, MB, median, round, times } from "./support/stats.mjs";

// Uploads are streamed, never buffered: the server's peak RSS growth while ~29 MB images go
// through POST /api/assets (browser -> BFF -> emulator -> disk, thumbnails included) must stay
// well under the file size.
//
// Every chunk of the body is garbage once it has been passed on, and V8 frees a chunk only at
// the next collection, so a run's peak depends on when collections fall and on whether the
// allocator still holds memory freed by an earlier upload. The server therefore logs its
// collections (gc-observer.mjs) and each run reports how many fell inside it; the first big
// upload after start, when the allocator holds nothing yet, is reported on its own.

export const name = "upload-memory";

const SINGLE_RUNS = 5;
const CONCURRENT_RUNS = 3;
const CONCURRENT = 3;

async function upload(url, groupId, bytes, type, index) {
  const form = new FormData();
  form.append("name", `big-${index}`);
  form.append("groupId", groupId);
  form.append("file", new Blob([bytes], { type }), `big-${index}.${type.split("/")[1]}`);
  const response = await fetch(`${url}/api/assets`, { method: "POST", headers: { origin: url }, body: form });
  if (response.status !== 201)
    throw new Error(`upload answered ${response.status}: ${await response.text()}`);
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 1500));

async function measure(server, gcLog, groupId, file, count, label) {
  await settle();
  const watch = watchMemory(server.pid);
  const from = Date.now();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: count }, (_, index) =>
      upload(server.url, groupId, file.bytes, "image/png", `${label}-${index}`),
    ),
  );
  const seconds = (performance.now() - started) / 1000;
  const { growth } = watch.stop();
  return { growth, seconds, gc: await collectionsBetween(gcLog, from, Date.now()) };
}

const describe = (entry) =>
  `${round(entry.growth / MB)} MB (${entry.gc.minor} minor/${entry.gc.major} major GC)`;

export async function run() {
  const file = await bigNoisyPng();
  const { file: gcLog, env: gcEnv } = gcObserved("upload-memory");
  const server = await startServer({
    label: name,
    env: {
      EMULATOR_ASSET_PROCESSING_MS: "0",
      ...gcEnv,
    },
  });
  try {
    const { id: groupId } = await studioClient(server.url).createGroup("Big uploads");
    // A small untimed upload first: module loading and first allocations are not upload memory.
    await upload(server.url, groupId, await tinyJpeg(), "image/jpeg", "warm");
    const first = await measure(server, gcLog, groupId, file, 1, "first");
    const single = [];
    for (let run = 0; run < SINGLE_RUNS; run += 1)
      single.push(await measure(server, gcLog, groupId, file, 1, `one${run}`));
    const concurrent = [];
    for (let run = 0; run < CONCURRENT_RUNS; run += 1) {
      concurrent.push(await measure(server, gcLog, groupId, file, CONCURRENT, `three${run}`));
    }
    const size = file.bytes.length;
    const growth = (runs) => median(runs.map((entry) => entry.growth));
    const seconds = (runs) => round(median(runs.map((entry) => entry.seconds)), 2);
    const list = (runs) => runs.map(describe).join(", ");
    const waiting = (runs) => round(Math.max(...runs.map((entry) => entry.gc.arrayBuffers)) / MB);
    const one = growth(single);
    const three = growth(concurrent);
    return [
      figure({
        benchmark: name,
        name: "peak RSS growth, one upload",
        value: `${round(one / MB)} MB (${times(one / size)} file)`,
        target: "≤ 0.25× file",
        pass: one <= 0.25 * size,
        note: `${round(size / MB)} MB PNG; median of ${SINGLE_RUNS}: ${seconds(single)} s per upload; runs: ${list(single)}; ArrayBuffers at a collection: up to ${waiting(single)} MB`,
      }),
      figure({
        benchmark: name,
        name: "peak RSS growth, first big upload after start",
        value: `${round(first.growth / MB)} MB (${times(first.growth / size)} file)`,
        target: "–",
        note: `after one small upload; ${describe(first)}; ArrayBuffers at a collection: up to ${waiting([first])} MB`,
      }),
      figure({
        benchmark: name,
        name: `peak RSS growth, ${CONCURRENT} concurrent uploads`,
        value: `${round(three / MB)} MB (${times(three / CONCURRENT / size)} file each)`,
        target: "≤ 0.5× file each",
        pass: three / CONCURRENT <= 0.5 * size,
        note: `median of ${CONCURRENT_RUNS}: ${seconds(concurrent)} s for the three; runs: ${list(concurrent)}`,
      }),
    ];
  } finally {
    await server.stop();
    await rm(gcLog, { force: true });
  }
}
