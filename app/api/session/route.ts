import { ApiError } from "@/lib/errors/api-error";
import { json } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import {
  clearSessionCookieHeader,
  isPasswordCorrect,
  isPasswordRequired,
  isSessionValid,
  readCookie,
  SESSION_COOKIE,
  sessionCookieHeader,
} from "@/lib/api/session";
import { sessionStateSchema, signInInputSchema } from "@/lib/schemas/session";

const isHttps = (request: Request) =>
  new URL(request.url).protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";

const withCookie = (cookie: string) =>
  new Response(null, { status: 204, headers: { "set-cookie": cookie, "cache-control": "no-store" } });

// GET /api/session - whether a password is needed and whether this browser is signed in
export const GET = route({ public: true }, ({ request }) =>
  json(sessionStateSchema, {
    required: isPasswordRequired(),
    authenticated: isSessionValid(readCookie(request.headers.get("cookie"), SESSION_COOKIE)),
  }),
);

// POST /api/session - sign in with the app password (sets an HttpOnly cookie)
export const POST = route({ public: true, body: signInInputSchema }, async ({ body, request }) => {
  if (!isPasswordRequired()) return new Response(null, { status: 204 });
  if (!isPasswordCorrect(body.password)) {
    // A pause per wrong guess makes guessing slow without locking anyone out.
    await new Promise((resolve) => setTimeout(resolve, 400));
    throw new ApiError("unauthorized", "That password is not right.");
  }
  return withCookie(sessionCookieHeader(isHttps(request)));
});

// DELETE /api/session - sign out
export const DELETE = route({ public: true }, ({ request }) =>
  withCookie(clearSessionCookieHeader(isHttps(request))),
);
