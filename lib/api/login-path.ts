// Where sign-in sends a visitor afterwards. proxy.ts records the page that was asked for in a
// request header (overwriting anything a client sent under that name); the console layout
// sends a visitor without a session to /login?next=<that page>.

export const REQUESTED_PATH_HEADER = "x-portrait-studio-path";

const BASE = "http://app.invalid";

/**
 * A same-origin path to follow after sign-in, or "/". Parsed with the URL parser, as the
 * browser will parse it: "/\t/evil.example", "/\\evil.example" or "https:evil.example" all
 * leave the origin and are refused.
 */
export function safeNextPath(value: string | string[] | null | undefined): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw || !raw.startsWith("/")) return "/";
  let url: URL;
  try {
    url = new URL(raw, `${BASE}/`);
  } catch {
    return "/";
  }
  if (url.origin !== BASE) return "/";
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith("/login") ? "/" : path;
}

/** The sign-in page, remembering the page asked for. */
export function loginPathFor(requested: string | null | undefined): string {
  const next = safeNextPath(requested);
  return next === "/" ? "/login" : `/login?next=${encodeURIComponent(next)}`;
}
