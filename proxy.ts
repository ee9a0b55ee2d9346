import { NextResponse, type NextRequest } from "next/server";
import { newNonce, pageContentSecurityPolicy } from "@/lib/api/content-security-policy";
import { FORBIDDEN_HOST_MESSAGE, isAllowedHost } from "@/lib/api/host-check";
import { REQUESTED_PATH_HEADER } from "@/lib/api/login-path";
import { env } from "@/lib/env";

// Runs before every route it matches:
// 1. Requests addressed to a host that is not one of this server's names are refused (DNS
//    rebinding); the route wrapper and the emulator route check again, for the routes left out.
// 2. API and emulator paths with a malformed percent-encoding (e.g. /api/assets/%d) get the
//    app's 400 instead of Next's plain-text 500.
// 3. Pages get a Content-Security-Policy with a fresh nonce, and the path that was asked for (so
//    sign-in can return to it).
// The matcher leaves out the routes that take large bodies (POST /api/assets, /api/videos and the
// emulator's /v1/assets and /v1/videos): a proxy would buffer and truncate them above 10 MB.

const isDev = env.NODE_ENV === "development";

const isApiPath = (path: string) => path.startsWith("/api/") || path.startsWith("/emulator/");

export function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname;
  if (!isAllowedHost(request.headers)) {
    return isApiPath(path)
      ? NextResponse.json({ error: { code: "forbidden", message: FORBIDDEN_HOST_MESSAGE } }, { status: 403 })
      : new NextResponse(FORBIDDEN_HOST_MESSAGE, { status: 403, headers: { "content-type": "text/plain" } });
  }
  if (isApiPath(path)) {
    try {
      decodeURIComponent(path);
      return NextResponse.next();
    } catch {
      return NextResponse.json(
        { error: { code: "validation_error", message: "The URL path has a malformed percent-encoding." } },
        { status: 400 },
      );
    }
  }
  const nonce = newNonce();
  const policy = pageContentSecurityPolicy(nonce, isDev);
  const headers = new Headers(request.headers);
  // Next reads the nonce from the request's policy and puts it on its own scripts.
  headers.set("content-security-policy", policy);
  headers.set("x-nonce", nonce);
  headers.set(REQUESTED_PATH_HEADER, `${path}${request.nextUrl.search}`);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  matcher: [
    "/((?!_next/static/|_next/image|api/assets$|api/videos$|emulator/v1/assets$|emulator/v1/videos$).*)",
  ],
};
