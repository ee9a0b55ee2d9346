import type { z } from "zod";
import { ClientApiError, toClientError } from "./api-error";

type JsonInit = Omit<RequestInit, "body"> & { json?: unknown };

/**
 * Fetches one of the app's own API routes and parses the answer with the route's schema.
 * Errors come back as ClientApiError carrying the server's code and message.
 */
export async function fetchJson<T extends z.ZodType>(
  schema: T,
  url: string,
  { json, headers, ...init }: JsonInit = {},
): Promise<z.infer<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      ...init,
      headers: json === undefined ? headers : { "content-type": "application/json", ...headers },
      body: json === undefined ? undefined : JSON.stringify(json),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ClientApiError(
      0,
      "network_error",
      "Could not reach the server. Check your connection and try again.",
    );
  }
  if (!response.ok) {
    throw toClientError(response.status, await response.json().catch(() => null), response.statusText);
  }
  if (response.status === 204) return schema.parse(undefined);
  return schema.parse(await response.json());
}
