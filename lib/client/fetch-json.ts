import type { AnswerParser } from "./answer";
import { ClientApiError, toClientError } from "./api-error";

type JsonInit = Omit<RequestInit, "body"> & { json?: unknown };

/** A body that is not JSON reads as none (the parser then refuses it); a cancel stays a cancel. */
const notJson = (error: unknown) => {
  if (error instanceof DOMException && error.name === "AbortError") throw error;
  return undefined;
};

/**
 * Fetches one of the app's own API routes and reads the answer with `parser` (lib/client/answer,
 * or any object with `parse`, such as a zod schema). Errors come back as ClientApiError carrying
 * the server's code and message; an answer the parser refuses is an `invalid_response`.
 */
export async function fetchJson<T>(
  parser: AnswerParser<T>,
  url: string,
  { json, headers, ...init }: JsonInit = {},
): Promise<T> {
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
  const body = response.status === 204 ? undefined : await response.json().catch(notJson);
  try {
    return parser.parse(body);
  } catch {
    throw new ClientApiError(response.status, "invalid_response", "The server's answer could not be read.");
  }
}
