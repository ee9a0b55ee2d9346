import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { isPasswordRequired, isSessionValid, SESSION_COOKIE } from "./session";

/** For server layouts: sends a visitor without a valid session to /login (no-op without a password). */
export async function requirePageSession(): Promise<void> {
  if (!isPasswordRequired()) return;
  const store = await cookies();
  if (!isSessionValid(store.get(SESSION_COOKIE)?.value)) redirect("/login");
}

/** True when the visitor may see the console (no password, or a valid session). */
export async function hasPageSession(): Promise<boolean> {
  if (!isPasswordRequired()) return true;
  return isSessionValid((await cookies()).get(SESSION_COOKIE)?.value);
}

/** Only same-app paths are followed after sign-in ("/x", never "//host" or a URL). */
export function safeNextPath(value: string | string[] | undefined): string {
  const path = Array.isArray(value) ? value[0] : value;
  return path && /^\/(?![/\\])/.test(path) ? path : "/";
}
