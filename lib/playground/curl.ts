// The "View request" texts: the body as JSON and as a curl command against the real Token360 API.
// The key appears only as a shell variable placeholder; it never reaches the browser.

export const TOKEN360_VIDEOS_URL = "https://api.token360.ai/v1/videos";

/** Data URLs longer than this are shortened on screen (copying still gives the full body). */
const DATA_URL_DISPLAY_LIMIT = 96;
const DATA_URL_KEEP = 48;

export const toJson = (body: unknown): string => JSON.stringify(body, null, 2);

/** Single-quotes a string for POSIX shells ('it'\''s'). */
export const shellQuote = (text: string): string => `'${text.replace(/'/g, `'\\''`)}'`;

export function toCurl(body: unknown, json: string = toJson(body)): string {
  return [
    `curl -X POST ${TOKEN360_VIDEOS_URL} \\`,
    `  -H "Authorization: Bearer $TOKEN360_API_KEY" \\`,
    `  -H "Content-Type: application/json" \\`,
    `  -d ${shellQuote(json)}`,
  ].join("\n");
}

function abbreviate(url: string): string {
  const kb = Math.round((url.length * 3) / 4 / 1024);
  return `${url.slice(0, DATA_URL_KEEP)}…(${kb} KB of base64 data omitted)`;
}

/** A copy of the body with long data: URLs shortened, and whether anything was shortened. */
export function forDisplay<T>(body: T): { body: T; abbreviated: boolean } {
  let abbreviated = false;
  const walk = (value: unknown): unknown => {
    if (typeof value === "string") {
      if (value.startsWith("data:") && value.length > DATA_URL_DISPLAY_LIMIT) {
        abbreviated = true;
        return abbreviate(value);
      }
      return value;
    }
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === "object")
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, walk(inner)]));
    return value;
  };
  const shown = walk(body) as T;
  return { body: shown, abbreviated };
}
