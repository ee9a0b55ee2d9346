import http from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

// A reverse proxy in the test process in front of another server: answers on paths `slow`
// picks are sent a few KB at a time, so a download through it takes long enough to be
// interrupted. The server signs its file links with its own origin; JSON answers get the
// proxy's origin instead, so those links lead through the proxy too. The Range headers it saw
// tell a resumed download from one started over.

export interface SlowProxy {
  url: string;
  /** Range headers of the slowed requests, in order ("" when there was none). */
  ranges: string[];
  close(): Promise<void>;
}

export async function startSlowProxy(
  target: string,
  slow: (path: string) => boolean,
  { chunkBytes = 4096, delayMs = 100 } = {},
): Promise<SlowProxy> {
  const upstream = new URL(target);
  const ranges: string[] = [];
  const own = [`http://localhost:${upstream.port}`, `http://127.0.0.1:${upstream.port}`];
  let url = "";
  const server = http.createServer((request, response) => {
    const path = request.url ?? "/";
    const slowed = slow(path);
    if (slowed) ranges.push(request.headers.range ?? "");
    const forwarded = http.request(
      {
        host: upstream.hostname,
        port: upstream.port,
        path,
        method: request.method,
        // Plain bodies, so JSON answers can be read and their links rewritten.
        headers: { ...request.headers, "accept-encoding": "identity" },
      },
      async (answer) => {
        if (!slowed && String(answer.headers["content-type"]).startsWith("application/json")) {
          let text = "";
          for await (const chunk of answer as AsyncIterable<Buffer>) text += chunk.toString();
          for (const origin of own) text = text.replaceAll(origin, url);
          const { "content-length": _length, ...headers } = answer.headers;
          response.writeHead(answer.statusCode ?? 502, headers);
          return void response.end(text);
        }
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        if (!slowed) return void answer.pipe(response);
        try {
          for await (const chunk of answer as AsyncIterable<Buffer>) {
            for (let at = 0; at < chunk.length; at += chunkBytes) {
              if (response.destroyed) return answer.destroy();
              response.write(chunk.subarray(at, at + chunkBytes));
              await sleep(delayMs);
            }
          }
          response.end();
        } catch {
          response.destroy();
        }
      },
    );
    forwarded.on("error", () => response.destroy());
    request.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    ranges,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
