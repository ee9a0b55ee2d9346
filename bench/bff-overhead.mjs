import { emulatorClient, pool } from "./support/clients.mjs";
import { tinyJpeg } from "./support/images.mjs";
import { cannon, cpuSeconds } from "./support/load.mjs";
import { EMULATOR_KEY, startServer } from "./support/server.mjs";
import { figure, median, round, times } from "./support/stats.mjs";

// What the BFF costs on the hottest read: GET /api/assets (validation, the in-process upstream
// call, conversion, response parsing) against the very same page read from the emulator over
// HTTP. Both go through the same Next server, so the difference is the BFF's own work. Beside the
// rates, the server's CPU time per answer (from /proc): on a busy machine the rates follow the
// neighbours' load, the CPU a request costs much less so.

export const name = "bff-overhead";

const ASSETS = 60;
const PAGE = 20;
const CONNECTIONS = 10;
const DURATION_S = 5;
const ROUNDS = 3;

async function load(target, pid) {
  const cpuBefore = cpuSeconds(pid);
  const result = await cannon({ ...target, connections: CONNECTIONS, duration: DURATION_S });
  if (result.errors || result.non2xx) {
    throw new Error(`${target.url}: ${result.errors} errors, ${result.non2xx} non-2xx answers`);
  }
  const cpuMs = ((cpuSeconds(pid) - cpuBefore) * 1000) / result.requests.total;
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, cpuMs };
}

export async function run() {
  const server = await startServer({ label: name, env: { EMULATOR_ASSET_PROCESSING_MS: "0" } });
  try {
    const emulator = emulatorClient(server.url);
    const groupId = await emulator.createGroup("Overhead");
    const image = await tinyJpeg(1);
    await pool(ASSETS, 4, (index) => emulator.upload(groupId, `asset-${index}`, image));

    const bff = { url: `${server.url}/api/assets?page=1&pageSize=${PAGE}` };
    const direct = {
      url: `${server.url}/emulator/v1/assets?current=1&size=${PAGE}`,
      headers: { authorization: `Bearer ${EMULATOR_KEY}` },
    };
    // Warm both paths (JIT, route modules) before anything is counted.
    await cannon({ ...bff, connections: CONNECTIONS, duration: 2 });
    await cannon({ ...direct, connections: CONNECTIONS, duration: 2 });
    const runs = { bff: [], direct: [] };
    for (let round = 0; round < ROUNDS; round += 1) {
      // Alternated, so drift on a shared machine hits both sides alike.
      runs.direct.push(await load(direct, server.pid));
      runs.bff.push(await load(bff, server.pid));
    }
    const med = (side, key) => median(runs[side].map((entry) => entry[key]));
    const ratio = med("bff", "rps") / med("direct", "rps");
    const addedP99 = med("bff", "p99") - med("direct", "p99");
    const detail = `${ROUNDS} alternated runs of ${DURATION_S} s, ${CONNECTIONS} connections, ${PAGE} of ${ASSETS} assets`;
    return [
      figure({
        benchmark: name,
        name: "GET /api/assets throughput vs emulator over HTTP",
        value: `${times(ratio)} (${round(med("bff", "rps"))} vs ${round(med("direct", "rps"))} req/s)`,
        target: "≥ 0.85×",
        pass: ratio >= 0.85,
        note: detail,
      }),
      figure({
        benchmark: name,
        name: "GET /api/assets p50 / p99 latency (BFF | emulator)",
        value: `${med("bff", "p50")} / ${med("bff", "p99")} ms | ${med("direct", "p50")} / ${med("direct", "p99")} ms`,
        target: "p99 added ≤ 10 ms",
        pass: addedP99 <= 10,
        note: `p99 added: ${round(addedP99)} ms`,
      }),
      figure({
        benchmark: name,
        name: "GET /api/assets server CPU per answer (BFF | emulator)",
        value: `${round(med("bff", "cpuMs"), 2)} | ${round(med("direct", "cpuMs"), 2)} ms (${times(med("direct", "cpuMs") / med("bff", "cpuMs"))})`,
        target: "",
        note: "the throughput ratio an idle machine would give, nearly independent of the load",
      }),
    ];
  } finally {
    await server.stop();
  }
}
