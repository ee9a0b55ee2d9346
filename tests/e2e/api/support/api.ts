import { expect, type APIResponse } from "@playwright/test";

// Helpers for the API specs: the headers a same-origin browser fetch sends, and the one
// error shape every failure must come back in.

export const SAME_ORIGIN = { "sec-fetch-site": "same-origin" };
export const CROSS_SITE = { "sec-fetch-site": "cross-site" };

export const TA_UNKNOWN = `ta_${"0".repeat(32)}`;

/** Ids that must never reach an upstream path, as they appear in a URL. */
export const HOSTILE_IDS = [
  "..%2F..%2Fetc%2Fpasswd",
  "%2F",
  "a%2Fb",
  "https%3A%2F%2Fevil.example%2Fx",
  "x".repeat(300),
  "ta_..",
  "%00",
  "%20ta_1",
];

export async function expectApiError(
  response: APIResponse,
  status?: number,
): Promise<{ code: string; message: string }> {
  const body = (await response.json().catch(() => null)) as {
    error?: { code?: unknown; message?: unknown };
  } | null;
  expect(response.status(), `status of ${response.url()}: ${JSON.stringify(body)}`).toBeGreaterThanOrEqual(
    400,
  );
  expect(response.status(), `no 5xx for ${response.url()}: ${JSON.stringify(body)}`).toBeLessThan(500);
  if (status !== undefined) expect(response.status(), JSON.stringify(body)).toBe(status);
  expect(body?.error, `error shape of ${response.url()}`).toEqual(
    expect.objectContaining({ code: expect.any(String), message: expect.any(String) }),
  );
  return body!.error as { code: string; message: string };
}
