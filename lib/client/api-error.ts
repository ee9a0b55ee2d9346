/** The browser's view of an error answered by the app's API (same shape as the server's ApiError). */
export class ClientApiError extends Error {
  constructor(
    public readonly status: number,
    public readonly code: string,
    message: string,
    public readonly details?: unknown,
  ) {
    super(message);
    this.name = "ClientApiError";
  }

  /** Worth retrying automatically: rate limits, upstream hiccups and lost connections. */
  get retryable() {
    return this.status === 0 || this.status === 429 || this.status >= 500;
  }
}

/**
 * A sentence for anything thrown: the server's own message for a ClientApiError (which is an
 * Error), the message of any other Error, and a plain fallback for the rest.
 */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : "An unexpected error occurred.";
}

/** The `error` of the app's one error envelope (lib/schemas/error.ts), checked by hand: no zod here. */
function envelopeError(body: unknown): { code: string; message: string; details?: unknown } | null {
  const error = typeof body === "object" && body !== null ? (body as { error?: unknown }).error : null;
  if (typeof error !== "object" || error === null) return null;
  const { code, message, details } = error as Record<string, unknown>;
  return typeof code === "string" && typeof message === "string" ? { code, message, details } : null;
}

/**
 * The app's one error envelope ({ error: { code, message, details? } }) as a ClientApiError, for
 * fetch and XHR answers alike. Any other body (a proxy's page, nothing) names the status instead.
 */
export function toClientError(status: number, body: unknown, statusText = ""): ClientApiError {
  const envelope = envelopeError(body);
  if (envelope) return new ClientApiError(status, envelope.code, envelope.message, envelope.details);
  return new ClientApiError(status, "http_error", `The server answered ${status} ${statusText}`.trim());
}
