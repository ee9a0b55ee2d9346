import { studioClient } from "./support/clients.mjs";
import { bigNoisyPng } from "./support/images.mjs";
import { watchMemory } from "./support/memory.mjs";
import { startServer } from "./support/server.mjs";
import { figure, MB, median, round, times } from "./support/stats.mjs";

// Uploads are streamed, never buffered: the server's peak RSS growth while ~29 MB images go
// through POST /api/assets (browser -> BFF -> emulator -> disk, thumbnails included) must stay
// well under the file size.

export const name = "upload-memory";

const SINGLE_RUNS = 5;
const CONCURRENT_RUNS = 3;
const CONCURRENT = 3;

async function upload(url, groupId, file, index) {
  const form = new FormData();
  form.append("name", `big-${index}`);
  form.append("groupId", groupId);
  form.append("file", new Blob([file.bytes], { type: "image/png" }), `big-${index}.png`);
  const response = await fetch(`${url}/api/assets`, { method: "POST", headers: { origin: url }, body: form });
  if (response.status !== 201)
    throw new Error(`upload answered ${response.status}: ${await response.text()}`);
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 1500));

async function measure(server, groupId, file, count, label) {
  await settle();
  const watch = watchMemory(server.pid);
  const started = performance.now();
  await Promise.all(
    Array.from({ length: count }, (_, index) => upload(server.url, groupId, file, `${label}-${index}`)),
  );
  const seconds = (performance.now() - started) / 1000;
  return { growth: watch.stop().growth, seconds };
}

export async function run() {
  const file = await bigNoisyPng();
  const server = await startServer({ label: name, env: { EMULATOR_ASSET_PROCESSING_MS: "0" } });
  try {
    const { id: groupId } = await studioClient(server.url).createGroup("Big uploads");
    // One untimed upload first: module loading and first allocations are not upload memory.
    await upload(server.url, groupId, file, "warm");
    const single = [];
    for (let run = 0; run < SINGLE_RUNS; run += 1)
      single.push(await measure(server, groupId, file, 1, `one${run}`));
    const concurrent = [];
    for (let run = 0; run < CONCURRENT_RUNS; run += 1) {
      concurrent.push(await measure(server, groupId, file, CONCURRENT, `three${run}`));
    }
    const size = file.bytes.length;
    const growth = (runs) => median(runs.map((entry) => entry.growth));
    const seconds = (runs) => round(median(runs.map((entry) => entry.seconds)), 2);
    const list = (runs) => runs.map((entry) => round(entry.growth / MB)).join(", ");
    const one = growth(single);
    const three = growth(concurrent);
    return [
      figure({
        benchmark: name,
        name: "peak RSS growth, one upload",
        value: `${round(one / MB)} MB (${times(one / size)} file)`,
        target: "≤ 0.5× file",
        pass: one <= 0.5 * size,
        note: `${round(size / MB)} MB PNG; median of ${SINGLE_RUNS}: ${seconds(single)} s per upload; runs: ${list(single)} MB`,
      }),
      figure({
        benchmark: name,
        name: `peak RSS growth, ${CONCURRENT} concurrent uploads`,
        value: `${round(three / MB)} MB (${times(three / CONCURRENT / size)} file each)`,
        target: "≤ 0.5× file each",
        pass: three / CONCURRENT <= 0.5 * size,
        note: `median of ${CONCURRENT_RUNS}: ${seconds(concurrent)} s for the three; runs: ${list(concurrent)} MB`,
      }),
    ];
  } finally {
    await server.stop();
  }
}
