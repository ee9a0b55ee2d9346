import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";
import { sessionSecret } from "@/lib/workspace/secrets";
import { getWorkspace } from "@/lib/workspace/workspace";

// Sessions for the optional app password (OWASP session management): the cookie holds a random
// 256-bit id and nothing else; the workspace store keeps a keyed hash of it with its issue
// time, an absolute expiry and the last time it was used. Signing out deletes the row, so a
// copied cookie dies with it; "sign out everywhere" deletes every row; a new password ends
// every session (each row remembers which password opened it). The key lives in DATA_DIR.

export const SESSION_COOKIE = "ps_session";
/** Absolute lifetime: a session ends a week after sign-in, however active. */
export const SESSION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;
/** Idle limit: a session unused for a day ends. */
export const SESSION_IDLE_MS = 24 * 60 * 60 * 1000;
/** last_seen_at is written at most this often, not on every request. */
const TOUCH_EVERY_MS = 60 * 1000;
const SESSION_ID = /^[A-Za-z0-9_-]{43}$/;

const keyed = (purpose: string, value: string) =>
  createHmac("sha256", sessionSecret()).update(`${purpose}\n${value}`).digest("base64url");

const idHash = (id: string) => keyed("session-id", id);
const passwordTag = () => keyed("password", env.APP_PASSWORD ?? "");

// Compares fixed-length digests, so neither the content nor the length of a wrong guess leaks.
function constantTimeEqual(a: string, b: string): boolean {
  const digest = (value: string) => createHmac("sha256", "compare").update(value).digest();
  return timingSafeEqual(digest(a), digest(b));
}

export const isPasswordRequired = () => env.APP_PASSWORD !== undefined;

export function isPasswordCorrect(candidate: string): boolean {
  return env.APP_PASSWORD !== undefined && constantTimeEqual(candidate, env.APP_PASSWORD);
}

/** Opens a session and returns the id for the cookie (stored only as a keyed hash). */
export function startSession(now = Date.now()): string {
  const { sessions } = getWorkspace();
  sessions.deleteExpired(now, now - SESSION_IDLE_MS);
  const id = randomBytes(32).toString("base64url");
  sessions.create({
    id_hash: idHash(id),
    password_tag: passwordTag(),
    issued_at: now,
    last_seen_at: now,
    expires_at: now + SESSION_LIFETIME_MS,
  });
  return id;
}

/** True when no password is configured, or the cookie names a live session of this password. */
export function isSessionValid(cookieValue: string | undefined, now = Date.now()): boolean {
  if (env.APP_PASSWORD === undefined) return true;
  if (!cookieValue || !SESSION_ID.test(cookieValue)) return false;
  const { sessions } = getWorkspace();
  const hash = idHash(cookieValue);
  const row = sessions.find(hash);
  if (!row) return false;
  const live =
    row.password_tag === passwordTag() && now < row.expires_at && now - row.last_seen_at < SESSION_IDLE_MS;
  if (!live) {
    sessions.delete(hash);
    return false;
  }
  if (now - row.last_seen_at >= TOUCH_EVERY_MS) sessions.touch(hash, now);
  return true;
}

/** Ends the session the cookie names (nothing happens for an unknown or malformed id). */
export function endSession(cookieValue: string | undefined): void {
  if (cookieValue && SESSION_ID.test(cookieValue)) getWorkspace().sessions.delete(idHash(cookieValue));
}

/** "Sign out everywhere": ends every session of every browser. */
export const endAllSessions = (): number => getWorkspace().sessions.deleteAll();

function cookieAttributes(secure: boolean, maxAgeSeconds: number) {
  return `Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${secure ? "; Secure" : ""}`;
}

export const sessionCookieHeader = (id: string, secure: boolean) =>
  `${SESSION_COOKIE}=${id}; ${cookieAttributes(secure, SESSION_LIFETIME_MS / 1000)}`;

export const clearSessionCookieHeader = (secure: boolean) =>
  `${SESSION_COOKIE}=; ${cookieAttributes(secure, 0)}`;

/** Reads one cookie from a Cookie header without pulling in a parser. */
export function readCookie(header: string | null, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return rest.join("=");
  }
  return undefined;
}

export const sessionCookieOf = (request: Request) =>
  readCookie(request.headers.get("cookie"), SESSION_COOKIE);
