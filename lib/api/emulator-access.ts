import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";
import { bearerKey } from "@/lib/emulator/http/auth";
import { errorFor, errorResponse, familyOfPath } from "@/lib/emulator/http/errors";
import { internalEmulatorKey } from "@/lib/workspace/secrets";
import { isAllowedHost, FORBIDDEN_HOST_MESSAGE } from "./host-check";
import { loginPathFor } from "./login-path";
import { checkNotCrossSite, isMutation } from "./origin";
import { isPasswordRequired, isSessionValid, sessionCookieOf } from "./session";

// Who may use the embedded emulator over HTTP (/emulator/*), checked before the emulator sees
// the request, with answers in the emulator's own error shapes:
// - only in emulator mode and unless EMULATOR_HTTP=false;
// - only on an allowed host, and no mutation marked cross-site by the browser;
// - with APP_PASSWORD set, only with a session (a browser opening a page is sent to sign in);
// - never with the app's own key: that tenant is the app's library, reachable in-process only.

const UNAUTHORIZED = {
  error: { message: "Invalid API key or token provided", type: "invalid_api_key", code: "401" },
};

const digest = (value: string) => createHash("sha256").update(value).digest();

function isAppKey(request: Request): boolean {
  const key = bearerKey(request);
  return key !== null && timingSafeEqual(digest(key), digest(internalEmulatorKey()));
}

const isPageVisit = (request: Request) =>
  request.method === "GET" && request.headers.get("sec-fetch-mode") === "navigate";

/** null when the request may go on to the emulator, else the answer to send instead. */
export function emulatorAccess(request: Request): Response | null {
  const url = new URL(request.url);
  const family = familyOfPath(url.pathname);
  const refuse = (status: number, code: string, message: string) =>
    errorResponse(errorFor(family, status, code, message));
  if (env.mode !== "emulator" || !env.EMULATOR_HTTP) {
    return refuse(404, "not_found", "The emulator's HTTP API is turned off on this server");
  }
  if (!isAllowedHost(request.headers)) return refuse(403, "forbidden", FORBIDDEN_HOST_MESSAGE);
  if (isMutation(request.method) && !checkNotCrossSite(request.headers).ok) {
    return refuse(403, "forbidden", "Cross-site requests are not allowed");
  }
  if (isPasswordRequired() && !isSessionValid(sessionCookieOf(request))) {
    if (isPageVisit(request)) {
      const login = loginPathFor(`${url.pathname}${url.search}`);
      return new Response(null, { status: 303, headers: { location: login, "cache-control": "no-store" } });
    }
    return refuse(
      401,
      "unauthorized",
      "This server is protected by a password: sign in to Portrait Studio first",
    );
  }
  if (isAppKey(request)) {
    return Response.json(UNAUTHORIZED, { status: 401, headers: { "WWW-Authenticate": "Bearer" } });
  }
  return null;
}
