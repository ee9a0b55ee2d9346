import { spawn } from "node:child_process";
import { createReadStream } from "node:fs";
import { get } from "node:http";
import path from "node:path";

// Raw read speed, every source read the same way by the same process: bytes counted in a
// `data` handler, 64 KB at a time (what one socket read of a loopback connection hands over,
// and createReadStream's own default), with this process's CPU time beside the wall time. The
// client shares 2 cores with the server it reads, so a reader that costs more CPU per byte
// slows the server down too; its CPU per GB says whether a swing came from the client.

const CLIENT_CHUNK_BYTES = 64 * 1024;

const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

function measured(started, cpuStarted, fields) {
  return { ...fields, seconds: (performance.now() - started) / 1000, clientCpu: cpuNow() - cpuStarted };
}

/** Reads a file from disk to the end; returns bytes, seconds and client CPU seconds. */
export function readFromDisk(file, { start = 0 } = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const cpuStarted = cpuNow();
    let bytes = 0;
    createReadStream(file, { start, highWaterMark: CLIENT_CHUNK_BYTES })
      .on("data", (chunk) => (bytes += chunk.length))
      .on("error", reject)
      .on("end", () => resolve(measured(started, cpuStarted, { bytes })));
  });
}

/** GETs a URL and drains the body; returns status, bytes, seconds and client CPU seconds. */
export function readOverHttp(url, headers = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const cpuStarted = cpuNow();
    get(url, { headers }, (response) => {
      let bytes = 0;
      response.on("data", (chunk) => (bytes += chunk.length));
      response.on("error", reject);
      response.on("end", () =>
        resolve(measured(started, cpuStarted, { status: response.statusCode, bytes })),
      );
    }).on("error", reject);
  });
}

/**
 * Starts a GET, takes the first chunk, then stops reading for `pauseMs` (a player that has
 * buffered enough) and drops the connection. Resolves when the pause is over.
 */
export function stallOverHttp(url, pauseMs, headers = {}) {
  return new Promise((resolve, reject) => {
    const request = get(url, { headers }, (response) => {
      response.once("data", () => {
        response.pause();
        setTimeout(() => {
          request.destroy();
          resolve(response.statusCode);
        }, pauseMs);
      });
    });
    request.on("error", (error) => (request.destroyed ? undefined : reject(error)));
  });
}

/**
 * The bare Node server of bench/support/bare-file-server.mjs serving `file` in chunks of
 * `chunkBytes`, in a process of its own: `{ url, pid, stop() }`.
 */
export function startBareFileServer(file, chunkBytes) {
  const script = path.resolve(import.meta.dirname, "bare-file-server.mjs");
  const child = spawn(process.execPath, [script, file, String(chunkBytes)], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`bare file server exited with ${code}`)));
    child.stdout.once("data", (data) => {
      const stop = () =>
        new Promise((done) => {
          if (child.exitCode !== null) return done();
          child.once("exit", () => done());
          child.kill();
        });
      resolve({ url: `http://127.0.0.1:${String(data).trim()}`, pid: child.pid, stop });
    });
  });
}
