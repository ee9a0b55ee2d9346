// The "View request" texts: the body as JSON and as a curl command against the real Token360 API.
// The key appears only as a shell variable placeholder; it never reaches the browser.

export const TOKEN360_VIDEOS_URL = "https://api.token360.ai/v1/videos";

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
