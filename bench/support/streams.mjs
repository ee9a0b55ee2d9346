import { createReadStream } from "node:fs";
import { get } from "node:http";

// Raw read speed, measured with the leanest Node readers so the client is not the bottleneck.

/** Reads a file from disk to the end; returns bytes and seconds. */
export function readFromDisk(file) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let bytes = 0;
    createReadStream(file)
      .on("data", (chunk) => (bytes += chunk.length))
      .on("error", reject)
      .on("end", () => resolve({ bytes, seconds: (performance.now() - started) / 1000 }));
  });
}

/** GETs a URL and drains the body; returns status, bytes and seconds. */
export function readOverHttp(url, headers = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    get(url, { headers }, (response) => {
      let bytes = 0;
      response.on("data", (chunk) => (bytes += chunk.length));
      response.on("error", reject);
      response.on("end", () =>
        resolve({ status: response.statusCode, bytes, seconds: (performance.now() - started) / 1000 }),
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
