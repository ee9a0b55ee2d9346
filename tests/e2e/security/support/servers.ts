import { request as httpRequest } from "node:http";
import { startNextServer, type NextServer } from "../../support/next-server.mjs";

// Private servers for the security specs (each with the settings it is about) and a raw HTTP
// client that sends exactly the headers a test names, Host included, as an attacker would.

export const PASSWORD = "correct horse battery staple";
export const ADMIN_TOKEN = "security-admin-token-0123456789abcdef";

const FAST = {
  EMULATOR_ASSET_PROCESSING_MS: "300",
  EMULATOR_VIDEO_QUEUE_MS: "100",
  EMULATOR_RENDER_MIN_MS: "500",
};

export const startSecurityServer = (
  label: string,
  env: Record<string, string>,
  options: { hostname?: string } = {},
): Promise<NextServer> =>
  startNextServer({ label: `security-${label}`, env: { ...FAST, ...env }, keepLog: Infinity, ...options });

export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One request with these headers and no others (Node adds none but Content-Length). */
export function raw(
  baseUrl: string,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawAnswer> {
  const url = new URL(path, baseUrl);
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path: `${url.pathname}${url.search}`,
        method: init.method ?? "GET",
      },
      (response) => {
        let body = "";
        response.on("data", (chunk: Buffer) => (body += chunk.toString()));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
        );
      },
    );
    request.on("error", reject);
    // Header order and Host exactly as given: setHeader replaces Node's own Host.
    for (const [name, value] of Object.entries(init.headers ?? {})) request.setHeader(name, value);
    if (init.body !== undefined) request.setHeader("content-length", Buffer.byteLength(init.body));
    request.end(init.body);
  });
}

/** Signs in with the password and returns the session cookie ("ps_session=..."). */
export async function signIn(baseUrl: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
  return raw(baseUrl, "/api/session", {
    method: "POST",
    headers: {
      host: new URL(baseUrl).host,
      "sec-fetch-site": "same-origin",
      "content-type": "application/json",
      ...headers,
    },
    body: JSON.stringify({ password: PASSWORD }),
  });
}

export const cookieOf = (answer: RawAnswer) => {
  const header = answer.headers["set-cookie"];
  return (Array.isArray(header) ? header[0] : header)?.split(";")[0] ?? "";
};
