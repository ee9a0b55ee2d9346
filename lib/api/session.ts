import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

// Optional app password. The cookie holds an HMAC of the password (never the password), so
// changing APP_PASSWORD signs everybody out. Checked by the route wrapper and the console layout.

export const SESSION_COOKIE = "ps_session";
const SESSION_MAX_AGE_S = 60 * 60 * 24 * 30;

const sign = (password: string) =>
  createHmac("sha256", password).update("portrait-studio session v1").digest("base64url");

// Compares fixed-length digests, so neither the content nor the length of a wrong guess leaks.
function constantTimeEqual(a: string, b: string): boolean {
  const digest = (value: string) => createHmac("sha256", "compare").update(value).digest();
  return timingSafeEqual(digest(a), digest(b));
}

export const isPasswordRequired = () => env.APP_PASSWORD !== undefined;

export function isPasswordCorrect(candidate: string): boolean {
  return env.APP_PASSWORD !== undefined && constantTimeEqual(candidate, env.APP_PASSWORD);
}

/** True when no password is configured, or the cookie value proves the current password. */
export function isSessionValid(cookieValue: string | undefined): boolean {
  if (env.APP_PASSWORD === undefined) return true;
  return cookieValue !== undefined && constantTimeEqual(cookieValue, sign(env.APP_PASSWORD));
}

function cookieAttributes(secure: boolean, maxAge: number) {
  return `Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAge}${secure ? "; Secure" : ""}`;
}

export function sessionCookieHeader(secure: boolean): string {
  if (env.APP_PASSWORD === undefined) throw new Error("No app password is configured");
  return `${SESSION_COOKIE}=${sign(env.APP_PASSWORD)}; ${cookieAttributes(secure, SESSION_MAX_AGE_S)}`;
}

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
