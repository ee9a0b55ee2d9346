import { request, type ClientRequest, type IncomingMessage } from "node:http";

// Hand-driven HTTP for clients that walk away: a browser tab closed mid-upload or a player
// stopped mid-download. fetch cannot stop half way through a body it was given; this can.

/** A multipart upload whose file part is written only as far as the test says. */
export class PartialUpload {
  private readonly boundary = `----reliability${Date.now().toString(16)}`;
  readonly request: ClientRequest;
  /** Rejects when the socket goes away (expected here), so nothing is left unhandled. */
  readonly settled: Promise<unknown>;

  constructor(url: string, fields: Record<string, string>, totalFileBytes: number) {
    const preamble = this.preamble(fields);
    const closing = Buffer.from(`\r\n--${this.boundary}--\r\n`);
    const target = new URL("/api/assets", url);
    this.request = request(target, {
      method: "POST",
      headers: {
        origin: url,
        "content-type": `multipart/form-data; boundary=${this.boundary}`,
        // The length of the whole body, as a browser declares it before sending a single byte.
        "content-length": String(preamble.length + totalFileBytes + closing.length),
      },
    });
    this.settled = new Promise((resolve) => {
      this.request.on("response", resolve);
      this.request.on("error", resolve);
    });
    this.request.write(preamble);
  }

  private preamble(fields: Record<string, string>): Buffer {
    const parts = Object.entries(fields).map(
      ([name, value]) =>
        `--${this.boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
    );
    parts.push(
      `--${this.boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.jpg"\r\n` +
        "Content-Type: image/jpeg\r\n\r\n",
    );
    return Buffer.from(parts.join(""));
  }

  write(bytes: Buffer): Promise<void> {
    return new Promise((resolve, reject) =>
      this.request.write(bytes, (error) => (error ? reject(error) : resolve())),
    );
  }

  /** The tab closes: the connection drops with the body unfinished. */
  disconnect(): void {
    this.request.destroy();
  }
}

/** Starts a GET and resolves once the first body bytes arrived; the body is then left unread. */
export function startDownload(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ response: IncomingMessage; firstChunk: Buffer; disconnect: () => void }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { headers }, (response) => {
      response.once("data", (chunk: Buffer) => {
        response.pause();
        resolve({ response, firstChunk: chunk, disconnect: () => outgoing.destroy() });
      });
      response.once("error", () => undefined);
    });
    outgoing.on("error", reject);
    outgoing.end();
  });
}
