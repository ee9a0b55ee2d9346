import path from "node:path";
import { startNextServer } from "../tests/e2e/support/next-server.mjs";
import { DIST_DIR } from "./support/build.mjs";
import { emulatorClient, pool } from "./support/clients.mjs";
import { tinyJpeg } from "./support/images.mjs";
import { cannon, cpuSeconds } from "./support/load.mjs";
import { BENCH_DATA, EMULATOR_KEY, startServer } from "./support/server.mjs";
import { figure, median, round, times } from "./support/stats.mjs";

// The case that matters in production: the provider is remote. One server plays the provider
// (its emulator over HTTP, every API answer held back 50 ms by the emulator's `slow` fault); a
// second server is the app in real-API mode pointed at it (TOKEN360_BASE_URL, a key of its own),
// as the canary e2e runs it. GET /api/assets through the app against the same page asked of the
// provider directly: the difference is what the BFF adds to a remote call.
//
// Twice: as autocannon asks by default (no Accept-Encoding, so neither server compresses, but
// the app still asks the provider for gzip, as it must on a real network), and as a browser
// asks (`accept-encoding: gzip, deflate, br` on both sides, so the provider compresses for
// either client and the app compresses its own answer too).

export const name = "remote-upstream";

const DELAY_MS = 50;
const ASSETS = 60;
const PAGE = 20;
const CONNECTIONS = 10;
const DURATION_S = 5;
const ROUNDS = 3;
const ENCODINGS = [
  { label: "", headers: {} },
  { label: ", both asking for gzip", headers: { "accept-encoding": "gzip, deflate, br" } },
];

/** A load run, with the CPU each server spent per answer (ms). */
async function load(target, pids) {
  const before = pids.map(cpuSeconds);
  const result = await cannon({ ...target, connections: CONNECTIONS, duration: DURATION_S });
  if (result.errors || result.non2xx) {
    throw new Error(`${target.url}: ${result.errors} errors, ${result.non2xx} non-2xx answers`);
  }
  const cpuMs = pids.map((pid, index) => ((cpuSeconds(pid) - before[index]) * 1000) / result.requests.total);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, cpuMs };
}

export async function run() {
  // The slow fault waits 5 s divided by the time scale: 100 makes it the 50 ms of a far provider.
  const provider = await startServer({
    label: `${name}-provider`,
    env: { EMULATOR_FAULT: "slow", EMULATOR_TIME_SCALE: String(5000 / DELAY_MS) },
  });
  let app;
  try {
    // The benchmarks' key reads the provider's library over HTTP; the app uses it as its own key.
    app = await startNextServer({
      label: `${name}-app`,
      dataDir: path.join(BENCH_DATA, `${name}-app`),
      distDir: DIST_DIR,
      env: {
        TOKEN360_API_KEY: EMULATOR_KEY,
        TOKEN360_BASE_URL: `${provider.url}/emulator/v1`,
        TOKEN360_TIMEOUT_MS: "20000",
      },
    });
    const emulator = emulatorClient(provider.url);
    const groupId = await emulator.createGroup("Remote");
    const image = await tinyJpeg(2);
    await pool(ASSETS, 8, (index) => emulator.upload(groupId, `remote-${index}`, image));

    const figures = [];
    for (const encoding of ENCODINGS) {
      figures.push(...(await compare(app, provider, encoding)));
    }
    return figures;
  } finally {
    await app?.dispose();
    await provider.stop();
  }
}

/** BFF vs the provider directly with one Accept-Encoding on both sides: warm, then alternated runs. */
async function compare(app, provider, encoding) {
  const bff = { url: `${app.url}/api/assets?page=1&pageSize=${PAGE}`, headers: encoding.headers };
  const direct = {
    url: `${provider.url}/emulator/v1/assets?current=1&size=${PAGE}`,
    headers: { authorization: `Bearer ${EMULATOR_KEY}`, ...encoding.headers },
  };
  // Warm both paths (JIT, route modules, the app's pooled connections to the provider).
  await cannon({ ...bff, connections: CONNECTIONS, duration: 2 });
  await cannon({ ...direct, connections: CONNECTIONS, duration: 2 });
  const runs = { bff: [], direct: [] };
  for (let round = 0; round < ROUNDS; round += 1) {
    // Alternated, so drift on a shared machine hits both sides alike.
    runs.direct.push(await load(direct, [provider.pid, app.pid]));
    runs.bff.push(await load(bff, [provider.pid, app.pid]));
  }
  const med = (side, key) => median(runs[side].map((entry) => entry[key]));
  const cpu = (side, server) => round(median(runs[side].map((entry) => entry.cpuMs[server])), 2);
  const ratio = med("bff", "rps") / med("direct", "rps");
  const addedP99 = med("bff", "p99") - med("direct", "p99");
  const detail = `provider answers after ${DELAY_MS} ms; ${ROUNDS} alternated runs of ${DURATION_S} s, ${CONNECTIONS} connections, ${PAGE} of ${ASSETS} assets`;
  return [
    figure({
      benchmark: name,
      name: `GET /api/assets throughput vs the remote provider directly${encoding.label}`,
      value: `${times(ratio)} (${round(med("bff", "rps"))} vs ${round(med("direct", "rps"))} req/s)`,
      target: "≥ 0.95×",
      pass: ratio >= 0.95,
      note: detail,
    }),
    figure({
      benchmark: name,
      name: `GET /api/assets p50 / p99 latency, remote provider (BFF | direct)${encoding.label}`,
      value: `${med("bff", "p50")} / ${med("bff", "p99")} ms | ${med("direct", "p50")} / ${med("direct", "p99")} ms`,
      target: "p99 added ≤ 5 ms",
      pass: addedP99 <= 5,
      note: `p99 added: ${round(addedP99)} ms`,
    }),
    figure({
      benchmark: name,
      name: `server CPU per answer: provider + app through the BFF | provider directly${encoding.label}`,
      value: `${cpu("bff", 0)} + ${cpu("bff", 1)} ms | ${cpu("direct", 0)} ms`,
      target: "",
      note: "both servers share the machine: when it is saturated, throughput follows these",
    }),
  ];
}
