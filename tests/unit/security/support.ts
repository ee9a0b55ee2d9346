import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

// A local HTTP server that records every request it gets, for tests that must prove the app
// never reached it (or did, when allowed).

export interface RecordingServer {
  url: string;
  hits: { method: string; path: string; body: string }[];
  close(): Promise<void>;
}

export async function recordingServer(
  answer: (request: IncomingMessage) => {
    status: number;
    headers?: Record<string, string>;
    body?: Buffer | string;
  },
  host = "127.0.0.1",
): Promise<RecordingServer> {
  const hits: RecordingServer["hits"] = [];
  const server: Server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      hits.push({ method: request.method ?? "", path: request.url ?? "", body });
      const { status, headers, body: out } = answer(request);
      response.writeHead(status, headers);
      response.end(out);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    hits,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
