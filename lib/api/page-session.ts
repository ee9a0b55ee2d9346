import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { loginPathFor, REQUESTED_PATH_HEADER } from "./login-path";
import { isPasswordRequired, isSessionValid, SESSION_COOKIE } from "./session";

export { safeNextPath } from "./login-path";

/** For server layouts: sends a visitor without a valid session to /login (no-op without a password). */
export async function requirePageSession(): Promise<void> {
  if (!isPasswordRequired()) return;
  const store = await cookies();
  if (!isSessionValid(store.get(SESSION_COOKIE)?.value)) {
    redirect(loginPathFor((await headers()).get(REQUESTED_PATH_HEADER)));
  }
}

/** True when the visitor may see the console (no password, or a valid session). */
export async function hasPageSession(): Promise<boolean> {
  if (!isPasswordRequired()) return true;
  return isSessionValid((await cookies()).get(SESSION_COOKIE)?.value);
}
