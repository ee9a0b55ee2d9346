import { env } from "@/lib/env";
import { ApiError } from "@/lib/errors/api-error";
import { clientAddress } from "@/lib/net/forwarded";
import { logWarn } from "@/lib/api/log";
import { isSecureRequest } from "@/lib/api/origin";
import { json } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import {
  clearSessionCookieHeader,
  endSession,
  isPasswordCorrect,
  isPasswordRequired,
  isSessionValid,
  sessionCookieHeader,
  sessionCookieOf,
  startSession,
} from "@/lib/api/session";
import { signInLimiter } from "@/lib/api/sign-in-limiter";
import { sessionStateSchema, signInInputSchema } from "@/lib/schemas/session";

const withCookie = (cookie: string) =>
  new Response(null, { status: 204, headers: { "set-cookie": cookie, "cache-control": "no-store" } });

const inWords = (seconds: number) =>
  seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;

// GET /api/session - whether a password is needed and whether this browser is signed in
export const GET = route({ public: true }, ({ request }) =>
  json(sessionStateSchema, {
    required: isPasswordRequired(),
    authenticated: isSessionValid(sessionCookieOf(request)),
  }),
);

// POST /api/session - sign in with the app password (a new session, its id in an HttpOnly cookie)
export const POST = route({ public: true, body: signInInputSchema }, async ({ body, request }) => {
  if (!isPasswordRequired()) return new Response(null, { status: 204 });
  const client = clientAddress(request.headers, env.TRUST_PROXY);
  const limiter = signInLimiter();
  const wait = await limiter.retryAfter(client);
  if (wait > 0) {
    logWarn(`Sign-in refused for ${client}: too many failed attempts, retry in ${wait} s`);
    throw new ApiError(
      "rate_limited",
      `Too many failed sign-ins. Try again in ${inWords(wait)}.`,
      undefined,
      { "retry-after": String(wait) },
    );
  }
  if (!isPasswordCorrect(body.password)) {
    const failures = await limiter.failed(client);
    logWarn(`Failed sign-in from ${client} (${failures} in the current window)`);
    // A pause per wrong guess makes guessing slower still.
    await new Promise((resolve) => setTimeout(resolve, 400));
    throw new ApiError("unauthorized", "That password is not right.");
  }
  await limiter.succeeded(client);
  // A fresh id at every sign-in; a session the browser already had ends (no fixation).
  endSession(sessionCookieOf(request));
  return withCookie(sessionCookieHeader(startSession(), isSecureRequest(request)));
});

// DELETE /api/session - sign out: this session ends on the server and the cookie is cleared
export const DELETE = route({ public: true }, ({ request }) => {
  endSession(sessionCookieOf(request));
  return withCookie(clearSessionCookieHeader(isSecureRequest(request)));
});
